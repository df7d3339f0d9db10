// MonitorTextRenderer: turns MonitorBuffer lines and pieces into the text the monitor shows:
// UTF-8 decoded across chunk boundaries, control bytes as visible symbols, optional
// "HH:mm:ss.zzz → " stamps in front of every line.
#pragma once

#include "monitor_buffer.h"

#include <QString>
#include <QStringDecoder>

namespace marmot::serial {

class MonitorTextRenderer {
public:
    static constexpr int StampWidth = 16; // "14:03:07.125 →  " incl. the gap

    void setTimestamps(bool on) { m_timestamps = on; }
    bool timestamps() const { return m_timestamps; }

    // Text to append to a view that already shows `viewHasLines` lines, for these pieces.
    // New lines start with '\n' unless the view is empty.
    QString renderPieces(const QList<MonitorPiece> &pieces, bool viewHasLines);

    // The whole buffer as a fresh view.
    QString renderAll(const MonitorBuffer &buffer);

    void reset() { m_decoder.resetState(); }

    static QString stamp(qint64 msecsSinceEpoch);
    static void makeControlsVisible(QString &text);
    static QString noteText(const QByteArray &text); // "── connected to ttyACM0 ──"

private:
    bool m_timestamps = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace marmot::serial
