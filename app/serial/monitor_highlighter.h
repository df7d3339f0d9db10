// MonitorHighlighter: colours in the Serial Monitor view: dim time stamps, red panics and
// errors, and in the hex view a dim offset column and a tinted ASCII column.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace marmot::serial {

class MonitorHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit MonitorHighlighter(QTextDocument *document);

    void setModes(bool timestamps, bool hex);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_timestamps = false;
    bool m_hex = false;
    QTextCharFormat m_stamp;
    QTextCharFormat m_error;
    QTextCharFormat m_warning;
    QTextCharFormat m_note;
    QTextCharFormat m_offset;
    QTextCharFormat m_ascii;
};

} // namespace marmot::serial
