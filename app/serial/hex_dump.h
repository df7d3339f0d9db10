// HexDump: formats bytes as classic hex-dump rows: offset, 16 bytes in hex, then ASCII.
#pragma once

#include <QByteArray>
#include <QString>

namespace marmot::serial {

class HexDump {
public:
    static constexpr int BytesPerRow = 16;

    // One row: "00000010  48 65 6c 6c 6f 0a                                |Hello.|"
    // (short rows are padded so the ASCII column lines up).
    static QString formatRow(const char *data, int size, qint64 offset);

    // All rows of `bytes`, whose first byte sits at stream offset `offset` (a multiple of 16),
    // joined with '\n', no trailing newline.
    static QString format(const QByteArray &bytes, qint64 offset);
};

} // namespace marmot::serial
