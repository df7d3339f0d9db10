// MonitorTextRenderer: display text for the Serial Monitor.
#include "monitor_text_renderer.h"

namespace marmot::serial {

QString MonitorTextRenderer::stamp(qint64 msecsSinceEpoch)
{
    return MonitorBuffer::formatTimestamp(msecsSinceEpoch) + QStringLiteral(" \u2192 ");
}

QString MonitorTextRenderer::noteText(const QByteArray &text)
{
    return QStringLiteral("\u2500\u2500 ") + QString::fromUtf8(text) + QStringLiteral(" \u2500\u2500");
}

void MonitorTextRenderer::makeControlsVisible(QString &text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t')
            c = QChar(char16_t(0x2400 + u)); // ␀ ␁ ... ␛ (Control Pictures)
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
}

QString MonitorTextRenderer::renderPieces(const QList<MonitorPiece> &pieces, bool viewHasLines)
{
    QString out;
    qsizetype size = 0;
    for (const MonitorPiece &p : pieces)
        size += p.text.size() + (p.startsLine ? StampWidth + 1 : 0);
    out.reserve(size);
    for (const MonitorPiece &p : pieces) {
        if (p.startsLine) {
            m_decoder.resetState(); // a broken sequence must not leak into the next line
            if (viewHasLines)
                out += QLatin1Char('\n');
            viewHasLines = true;
            if (m_timestamps)
                out += stamp(p.timestampMs);
        }
        if (p.note) {
            out += noteText(p.text);
            continue;
        }
        QString text = m_decoder.decode(p.text);
        makeControlsVisible(text);
        out += text;
    }
    return out;
}

QString MonitorTextRenderer::renderAll(const MonitorBuffer &buffer)
{
    m_decoder.resetState();
    QString out;
    out.reserve(qsizetype(buffer.textBytes()
                          + buffer.lines().size() * (m_timestamps ? StampWidth + 1 : 1)));
    bool first = true;
    for (const MonitorLine &line : buffer.lines()) {
        if (!first)
            out += QLatin1Char('\n');
        first = false;
        if (m_timestamps)
            out += stamp(line.timestampMs);
        if (line.note) {
            out += noteText(line.text);
            continue;
        }
        QString text = m_decoder.decode(line.text);
        makeControlsVisible(text);
        out += text;
    }
    // Keep the decoder's state only for an open line that may continue.
    if (!buffer.lastLineOpen())
        m_decoder.resetState();
    return out;
}

} // namespace marmot::serial
