// GoLexer: a QScintilla container lexer for Go with per-line state (raw strings and block
// comments span lines) and fold levels for braces and multi-line block comments.
#pragma once

#include <Qsci/qscilexercustom.h>

namespace marmot::editor {

class GoLexer : public QsciLexerCustom
{
    Q_OBJECT
public:
    enum Style {
        Default = 0,
        LineComment,
        BlockComment,
        Keyword,
        Type,
        Builtin,
        Constant,
        String,
        RawString,
        Rune,
        Number,
        Operator,
        Identifier,
        Unterminated,
        StyleCount
    };

    explicit GoLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    int braceStyle() const override;
    const char *wordCharacters() const override;
    const char *keywords(int set) const override;

    void styleText(int start, int end) override;

private:
    enum LineState { Normal = 0, InRawString = 1, InBlockComment = 2 };
    QFont m_font;
};

} // namespace marmot::editor
