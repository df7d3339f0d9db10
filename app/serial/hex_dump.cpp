// HexDump: offset + hex + ASCII rows for the Serial Monitor's hex view.
#include "hex_dump.h"

namespace marmot::serial {

QString HexDump::formatRow(const char *data, int size, qint64 offset)
{
    static const char digits[] = "0123456789abcdef";
    QString row;
    row.reserve(8 + 2 + BytesPerRow * 3 + 1 + 2 + BytesPerRow + 1);
    row += QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
    row += QLatin1String("  ");
    for (int i = 0; i < BytesPerRow; ++i) {
        if (i == BytesPerRow / 2)
            row += QLatin1Char(' ');
        if (i < size) {
            const auto b = static_cast<unsigned char>(data[i]);
            row += QLatin1Char(digits[b >> 4]);
            row += QLatin1Char(digits[b & 15]);
            row += QLatin1Char(' ');
        } else {
            row += QLatin1String("   ");
        }
    }
    row += QLatin1String(" |");
    for (int i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        row += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
    }
    row += QLatin1Char('|');
    return row;
}

QString HexDump::format(const QByteArray &bytes, qint64 offset)
{
    QString text;
    const int n = int(bytes.size());
    text.reserve((n / BytesPerRow + 1) * 80);
    for (int i = 0; i < n; i += BytesPerRow) {
        if (i > 0)
            text += QLatin1Char('\n');
        text += formatRow(bytes.constData() + i, qMin(BytesPerRow, n - i), offset + i);
    }
    return text;
}

} // namespace marmot::serial
