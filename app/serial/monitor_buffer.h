// MonitorBuffer: the Serial Monitor's memory. Splits received bytes into lines (\n, \r\n and a
// lone \r all end a line; partial lines stay open across chunks), stamps each line with the
// arrival time of its first byte, keeps the raw bytes for the hex view, all within fixed bounds.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>

namespace marmot::serial {

struct MonitorLine {
    qint64 timestampMs = 0; // ms since the epoch, when the line's first byte arrived
    QByteArray text;        // without the line ending
    bool note = false;      // a remark from Marmot ("connected to ..."), not board output
};

// One step of what append() changed, in order: either a new line starts (with its stamp and
// first bytes) or the open line grows.
struct MonitorPiece {
    bool startsLine = false;
    qint64 timestampMs = 0;
    QByteArray text;
    bool note = false;
};

class MonitorBuffer {
public:
    struct Limits {
        int maxLines = 10000;
        qint64 maxTextBytes = 4 * 1024 * 1024;
        int maxLineLength = 4096;          // longer lines are wrapped into several
        qint64 maxRawBytes = 256 * 1024;   // history for the hex view
    };

    MonitorBuffer();
    explicit MonitorBuffer(const Limits &limits);

    QList<MonitorPiece> append(const QByteArray &data, qint64 nowMs);
    // A line of Marmot's own between the board's lines (ends an open line first); not part of
    // the raw bytes.
    MonitorPiece addNote(const QString &text, qint64 nowMs);
    void clear();

    const std::deque<MonitorLine> &lines() const { return m_lines; }
    bool lastLineOpen() const { return m_open; }
    qint64 textBytes() const { return m_textBytes; }
    qint64 droppedLines() const { return m_droppedLines; }

    const QByteArray &raw() const { return m_raw; }
    qint64 rawStartOffset() const { return m_rawStart; } // stream offset of raw()[0]
    qint64 totalBytes() const { return m_rawStart + m_raw.size(); }

    const Limits &limits() const { return m_limits; }

    static QString formatTimestamp(qint64 msecsSinceEpoch); // "14:03:07.125", local time

private:
    void startLine(qint64 nowMs, QList<MonitorPiece> &pieces);
    void appendToLine(const char *data, int size, qint64 nowMs, QList<MonitorPiece> &pieces);
    void endLine(qint64 nowMs, QList<MonitorPiece> &pieces);
    void trim();

    Limits m_limits;
    std::deque<MonitorLine> m_lines;
    bool m_open = false;      // the last line still takes bytes
    bool m_afterCr = false;   // the previous byte was a \r that ended a line
    qint64 m_textBytes = 0;
    qint64 m_droppedLines = 0;
    QByteArray m_raw;
    qint64 m_rawStart = 0;
};

} // namespace marmot::serial
