// MonitorHighlighter: cheap per-line colouring (no regular expressions on the hot path).
#include "monitor_highlighter.h"

#include "monitor_text_renderer.h"

namespace marmot::serial {

MonitorHighlighter::MonitorHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_stamp.setForeground(QColor(0x7f, 0x84, 0x9c));
    m_error.setForeground(QColor(0xff, 0x6b, 0x6b));
    m_error.setFontWeight(QFont::Bold);
    m_warning.setForeground(QColor(0xf5, 0xc2, 0x6b));
    m_note.setForeground(QColor(0x7d, 0xcf, 0xff));
    m_note.setFontItalic(true);
    m_offset.setForeground(QColor(0x7f, 0x84, 0x9c));
    m_ascii.setForeground(QColor(0x8b, 0xd5, 0xca));
}

void MonitorHighlighter::setModes(bool timestamps, bool hex)
{
    if (timestamps == m_timestamps && hex == m_hex)
        return;
    m_timestamps = timestamps;
    m_hex = hex;
}

void MonitorHighlighter::highlightBlock(const QString &text)
{
    if (text.isEmpty())
        return;
    if (m_hex) {
        setFormat(0, qMin(8, int(text.size())), m_offset);
        const int bar = int(text.indexOf(QLatin1Char('|'), 8));
        if (bar > 0)
            setFormat(bar, int(text.size()) - bar, m_ascii);
        return;
    }
    int start = 0;
    // A stamp looks like "12:34:56.789 → ": check the fixed positions only.
    if (m_timestamps && text.size() >= 15 && text[2] == QLatin1Char(':')
        && text[8] == QLatin1Char('.') && text[13] == QChar(0x2192)) {
        setFormat(0, 15, m_stamp);
        start = 15;
    }
    const QStringView body = QStringView(text).mid(start);
    if (body.startsWith(QStringLiteral("\u2500\u2500 "))) {
        setFormat(start, int(body.size()), m_note);
        return;
    }
    if (body.startsWith(QLatin1String("panic:")) || body.startsWith(QLatin1String("fatal error"))
        || body.contains(QLatin1String("error:"), Qt::CaseInsensitive)
        || body.startsWith(QLatin1String("FAIL")) || body.startsWith(QLatin1String("--- FAIL"))) {
        setFormat(start, int(body.size()), m_error);
    } else if (body.contains(QLatin1String("warning:"), Qt::CaseInsensitive)) {
        setFormat(start, int(body.size()), m_warning);
    }
}

} // namespace marmot::serial
