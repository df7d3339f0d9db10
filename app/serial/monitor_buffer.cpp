// MonitorBuffer: line assembly, time stamps and bounded history for the Serial Monitor.
#include "monitor_buffer.h"

#include <QDateTime>

namespace marmot::serial {

MonitorBuffer::MonitorBuffer() : MonitorBuffer(Limits{}) {}

MonitorBuffer::MonitorBuffer(const Limits &limits) : m_limits(limits) {}

void MonitorBuffer::clear()
{
    m_lines.clear();
    m_open = false;
    m_afterCr = false;
    m_textBytes = 0;
    m_droppedLines = 0;
    m_rawStart = 0; // offsets in the hex view count from the last clear
    m_raw.clear();
}

QString MonitorBuffer::formatTimestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).time().toString(
        QStringLiteral("HH:mm:ss.zzz"));
}

void MonitorBuffer::startLine(qint64 nowMs, QList<MonitorPiece> &pieces)
{
    m_lines.push_back(MonitorLine{nowMs, {}});
    m_open = true;
    pieces.append(MonitorPiece{true, nowMs, {}});
}

void MonitorBuffer::appendToLine(const char *data, int size, qint64 nowMs,
                                 QList<MonitorPiece> &pieces)
{
    while (size > 0) {
        if (!m_open)
            startLine(nowMs, pieces);
        MonitorLine &line = m_lines.back();
        const int room = m_limits.maxLineLength - int(line.text.size());
        const int take = qMin(room, size);
        line.text.append(data, take);
        m_textBytes += take;
        if (pieces.isEmpty())
            pieces.append(MonitorPiece{false, line.timestampMs, {}});
        pieces.back().text.append(data, take);
        data += take;
        size -= take;
        if (line.text.size() >= m_limits.maxLineLength)
            m_open = false; // wrap: the rest goes on a new line
    }
}

void MonitorBuffer::endLine(qint64 nowMs, QList<MonitorPiece> &pieces)
{
    if (!m_open)
        startLine(nowMs, pieces); // an empty line
    m_open = false;
}

QList<MonitorPiece> MonitorBuffer::append(const QByteArray &data, qint64 nowMs)
{
    QList<MonitorPiece> pieces;
    if (data.isEmpty())
        return pieces;

    m_raw.append(data);
    if (m_raw.size() > m_limits.maxRawBytes + 64 * 1024) {
        qint64 cut = m_raw.size() - m_limits.maxRawBytes;
        cut -= (m_rawStart + cut) % 16;
        m_raw.remove(0, cut);
        m_rawStart += cut;
    }

    const char *p = data.constData();
    const int n = int(data.size());
    int i = 0;
    while (i < n) {
        const char c = p[i];
        if (c == '\n') {
            if (!m_afterCr)
                endLine(nowMs, pieces);
            m_afterCr = false;
            ++i;
            continue;
        }
        if (c == '\r') {
            endLine(nowMs, pieces);
            m_afterCr = true;
            ++i;
            continue;
        }
        m_afterCr = false;
        int j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            ++j;
        appendToLine(p + i, j - i, nowMs, pieces);
        i = j;
    }
    trim();
    return pieces;
}

MonitorPiece MonitorBuffer::addNote(const QString &text, qint64 nowMs)
{
    m_open = false;
    m_afterCr = false;
    MonitorLine line{nowMs, text.toUtf8(), true};
    m_textBytes += line.text.size();
    m_lines.push_back(line);
    trim();
    return MonitorPiece{true, nowMs, line.text, true};
}

void MonitorBuffer::trim()
{
    while (m_lines.size() > 1
           && (int(m_lines.size()) > m_limits.maxLines || m_textBytes > m_limits.maxTextBytes)) {
        m_textBytes -= m_lines.front().text.size();
        m_lines.pop_front();
        ++m_droppedLines;
    }
}

} // namespace marmot::serial
