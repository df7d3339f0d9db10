// GoLexer: hand-written Go tokenizer over the UTF-8 bytes of the document. Each line's end
// state (lexer state in the low 4 bits, brace depth above) is stored as Scintilla line
// state, so styling restarts correctly at any line after an edit.
#include "go_lexer.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QSet>

#include <cctype>

#include <Qsci/qsciscintilla.h>

namespace marmot::editor {

namespace {

const QSet<QByteArray> &wordSet(int which)
{
    static const QSet<QByteArray> keywords = {
        "break", "case", "chan", "const", "continue", "default", "defer", "else",
        "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
        "package", "range", "return", "select", "struct", "switch", "type", "var"};
    static const QSet<QByteArray> types = {
        "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int",
        "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16",
        "uint32", "uint64", "uintptr", "any", "comparable"};
    static const QSet<QByteArray> builtins = {
        "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
        "max", "min", "new", "panic", "print", "println", "real", "recover"};
    static const QSet<QByteArray> constants = {"true", "false", "nil", "iota"};
    switch (which) {
    case 0: return keywords;
    case 1: return types;
    case 2: return builtins;
    default: return constants;
    }
}

bool isIdentStart(unsigned char c) { return c == '_' || std::isalpha(c) || c >= 0x80; }
bool isIdentChar(unsigned char c) { return isIdentStart(c) || std::isdigit(c); }

constexpr int kFoldBase = 0x400;   // SC_FOLDLEVELBASE
constexpr int kFoldHeader = 0x2000; // SC_FOLDLEVELHEADERFLAG

} // namespace

GoLexer::GoLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_font.pointSize() < 10)
        m_font.setPointSize(10);
}

const char *GoLexer::language() const { return "Go"; }

QString GoLexer::description(int style) const
{
    static const char *names[StyleCount] = {
        "Default", "Line comment", "Block comment", "Keyword", "Predeclared type", "Builtin",
        "Constant", "String", "Raw string", "Rune", "Number", "Operator", "Identifier",
        "Unterminated literal"};
    if (style >= 0 && style < StyleCount)
        return QString::fromLatin1(names[style]);
    return QString();
}

QColor GoLexer::defaultColor(int style) const
{
    switch (style) {
    case LineComment:
    case BlockComment: return QColor(0x6a, 0x73, 0x7d);
    case Keyword: return QColor(0x00, 0x33, 0xb3);
    case Type: return QColor(0x00, 0x7a, 0x7a);
    case Builtin: return QColor(0x87, 0x4d, 0x00);
    case Constant: return QColor(0x8a, 0x2b, 0xb8);
    case String:
    case RawString: return QColor(0x06, 0x7d, 0x17);
    case Rune: return QColor(0x0b, 0x6e, 0x4f);
    case Number: return QColor(0x17, 0x50, 0xeb);
    case Operator: return QColor(0x40, 0x40, 0x40);
    case Unterminated: return QColor(0xb0, 0x00, 0x20);
    default: return QColor(0x1f, 0x23, 0x28);
    }
}

QColor GoLexer::defaultPaper(int style) const
{
    if (style == RawString)
        return QColor(0xf6, 0xfa, 0xf3);
    if (style == Unterminated)
        return QColor(0xff, 0xee, 0xee);
    return QColor(Qt::white);
}

QFont GoLexer::defaultFont(int style) const
{
    QFont f = m_font;
    if (style == Keyword)
        f.setBold(true);
    if (style == LineComment || style == BlockComment)
        f.setItalic(true);
    return f;
}

int GoLexer::braceStyle() const { return Operator; }

const char *GoLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

const char *GoLexer::keywords(int set) const
{
    if (set == 1)
        return "break case chan const continue default defer else fallthrough for func go "
               "goto if import interface map package range return select struct switch type var";
    return nullptr;
}

void GoLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end <= start)
        return;
    const int firstLine = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    start = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, firstLine));
    const int lastLine = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end));
    end = int(ed->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, lastLine));
    const int docLength = int(ed->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    // Include the line terminator so it is styled as well.
    int styledEnd = lastLine + 1 < int(ed->SendScintilla(QsciScintilla::SCI_GETLINECOUNT))
                        ? int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, lastLine + 1))
                        : docLength;
    if (styledEnd <= start)
        return;

    QByteArray text(styledEnd - start, '\0');
    ed->SendScintilla(QsciScintilla::SCI_GETTEXTRANGE, start, styledEnd, text.data());
    // SCI_GETTEXTRANGE writes a terminating NUL; text has exactly the range length.

    int prevState = firstLine > 0
                        ? int(ed->SendScintilla(QsciScintilla::SCI_GETLINESTATE, firstLine - 1))
                        : 0;
    int state = prevState & 0xF;
    int depth = prevState >> 4;

    startStyling(start);
    const int n = text.size();
    int i = 0;
    int line = firstLine;
    int lineDepthStart = depth;
    int lineMaxDepth = depth; // a line that opens and closes ("} else {") is still a header
    auto finishLine = [&]() {
        int level = kFoldBase + lineDepthStart;
        if (lineMaxDepth > lineDepthStart || depth > lineDepthStart)
            level |= kFoldHeader;
        ed->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, level);
        ed->SendScintilla(QsciScintilla::SCI_SETLINESTATE, line, state | (depth << 4));
        ++line;
        lineDepthStart = depth;
        lineMaxDepth = depth;
    };
    // A line that starts inside "} else {" opens a new level: compute a header from the
    // lowest depth reached on the line instead.
    int lineMinDepth = depth;
    auto openLevel = [&]() {
        ++depth;
        lineMaxDepth = std::max(lineMaxDepth, depth);
    };
    auto closeLevel = [&]() {
        if (depth > 0)
            --depth;
        if (depth < lineMinDepth) {
            lineMinDepth = depth;
            // the line's own level is the lowest depth on it (so "}" lines belong outside)
            lineDepthStart = depth;
            lineMaxDepth = depth;
        }
    };

    while (i < n) {
        const unsigned char c = text[i];
        int tokStart = i;
        int style = Default;
        if (c == '\n') {
            setStyling(1, Default);
            ++i;
            finishLine();
            lineMinDepth = depth;
            continue;
        }
        if (state == InRawString || state == InBlockComment) {
            const bool raw = state == InRawString;
            while (i < n && text[i] != '\n') {
                if (raw && text[i] == '`') {
                    ++i;
                    state = Normal;
                    break;
                }
                if (!raw && text[i] == '*' && i + 1 < n && text[i + 1] == '/') {
                    i += 2;
                    state = Normal;
                    // the "*/" line stays inside the comment's fold
                    if (depth > 0)
                        --depth;
                    lineMinDepth = std::min(lineMinDepth, depth);
                    break;
                }
                ++i;
            }
            setStyling(i - tokStart, raw ? RawString : BlockComment);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
                ++i;
            style = Default;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
            while (i < n && text[i] != '\n')
                ++i;
            style = LineComment;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            i += 2;
            bool closed = false;
            while (i < n && text[i] != '\n') {
                if (text[i] == '*' && i + 1 < n && text[i + 1] == '/') {
                    i += 2;
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed) {
                state = InBlockComment;
                openLevel();
            }
            style = BlockComment;
        } else if (c == '`') {
            ++i;
            bool closed = false;
            while (i < n && text[i] != '\n') {
                if (text[i++] == '`') {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                state = InRawString;
            style = RawString;
        } else if (c == '"' || c == '\'') {
            ++i;
            bool closed = false;
            while (i < n && text[i] != '\n') {
                if (text[i] == '\\') {
                    i += (i + 1 < n && text[i + 1] != '\n') ? 2 : 1;
                    continue;
                }
                if (text[i++] == char(c)) {
                    closed = true;
                    break;
                }
            }
            style = closed ? (c == '"' ? String : Rune) : Unterminated;
        } else if (std::isdigit(c) || (c == '.' && i + 1 < n && std::isdigit((unsigned char)text[i + 1]))) {
            const bool hex = c == '0' && i + 1 < n && (text[i + 1] == 'x' || text[i + 1] == 'X');
            while (i < n) {
                const unsigned char d = text[i];
                const bool exponent = hex ? (d == 'p' || d == 'P') : (d == 'e' || d == 'E');
                if (exponent && i + 1 < n && (text[i + 1] == '+' || text[i + 1] == '-')) {
                    i += 2;
                    continue;
                }
                if (std::isalnum(d) || d == '_' || d == '.')
                    ++i;
                else
                    break;
            }
            style = Number;
        } else if (isIdentStart(c)) {
            while (i < n && isIdentChar(text[i]))
                ++i;
            const QByteArray word = text.mid(tokStart, i - tokStart);
            if (wordSet(0).contains(word))
                style = Keyword;
            else if (wordSet(1).contains(word))
                style = Type;
            else if (wordSet(2).contains(word))
                style = Builtin;
            else if (wordSet(3).contains(word))
                style = Constant;
            else
                style = Identifier;
        } else {
            ++i;
            if (c == '{')
                openLevel();
            else if (c == '}')
                closeLevel();
            style = std::ispunct(c) ? Operator : Default;
        }
        setStyling(i - tokStart, style);
    }
    // The last line of the document has no terminating newline.
    if (line <= lastLine)
        finishLine();
}

} // namespace marmot::editor
