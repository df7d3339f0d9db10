// Unit tests for MonitorBuffer (line assembly, stamps, bounds) and HexDump.
#include "hex_dump.h"
#include "monitor_buffer.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace marmot::serial;

class TstMonitorBuffer : public QObject {
    Q_OBJECT
private:
    static QStringList texts(const MonitorBuffer &b)
    {
        QStringList out;
        for (const MonitorLine &l : b.lines())
            out << QString::fromUtf8(l.text);
        return out;
    }

private slots:
    void partialLinesJoinAcrossChunks()
    {
        MonitorBuffer b;
        b.append("hel", 1000);
        QVERIFY(b.lastLineOpen());
        b.append("lo\nwor", 2000);
        b.append("ld\n", 3000);
        QCOMPARE(texts(b), QStringList({"hello", "world"}));
        QVERIFY(!b.lastLineOpen());
        // Stamped when the first byte of each line arrived.
        QCOMPARE(b.lines()[0].timestampMs, 1000);
        QCOMPARE(b.lines()[1].timestampMs, 2000);
    }

    void lineEndings_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("lf") << QList<QByteArray>{"a\nb\n"} << QStringList{"a", "b"};
        QTest::newRow("crlf") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{"a", "b"};
        QTest::newRow("crlf split") << QList<QByteArray>{"a\r", "\nb\r", "\n"}
                                    << QStringList{"a", "b"};
        QTest::newRow("lone cr") << QList<QByteArray>{"a\rb\r"} << QStringList{"a", "b"};
        QTest::newRow("empty lines") << QList<QByteArray>{"a\n\n\r\n\nb\n"}
                                     << QStringList{"a", "", "", "", "b"};
        QTest::newRow("open tail") << QList<QByteArray>{"x\ny"} << QStringList{"x", "y"};
    }
    void lineEndings()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, lines);
        MonitorBuffer b;
        for (const QByteArray &c : chunks)
            b.append(c, 5);
        QCOMPARE(texts(b), lines);
    }

    void piecesDescribeTheChange()
    {
        MonitorBuffer b;
        auto p = b.append("ab", 10);
        QCOMPARE(p.size(), 1);
        QVERIFY(p[0].startsLine);
        QCOMPARE(p[0].text, QByteArray("ab"));
        p = b.append("c\nd", 20);
        QCOMPARE(p.size(), 2);
        QVERIFY(!p[0].startsLine);
        QCOMPARE(p[0].text, QByteArray("c"));
        QVERIFY(p[1].startsLine);
        QCOMPARE(p[1].timestampMs, 20);
        QCOMPARE(p[1].text, QByteArray("d"));
    }

    void boundedLines()
    {
        MonitorBuffer::Limits limits;
        limits.maxLines = 100;
        MonitorBuffer b(limits);
        for (int i = 0; i < 1000; ++i)
            b.append(QByteArray::number(i) + "\n", i);
        QCOMPARE(int(b.lines().size()), 100);
        QCOMPARE(b.lines().front().text, QByteArray("900"));
        QCOMPARE(b.droppedLines(), 900);
    }

    void boundedBytesAndLongLines()
    {
        MonitorBuffer::Limits limits;
        limits.maxLineLength = 10;
        limits.maxTextBytes = 100;
        MonitorBuffer b(limits);
        b.append(QByteArray(25, 'x'), 1);
        QCOMPARE(texts(b), QStringList({"xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"}));
        b.append(QByteArray(1000, 'y'), 2);
        QVERIFY(b.textBytes() <= 100);
    }

    void rawBytesForHex()
    {
        MonitorBuffer::Limits limits;
        limits.maxRawBytes = 1024;
        MonitorBuffer b(limits);
        for (int i = 0; i < 200; ++i)
            b.append(QByteArray(1000, char(i)), i);
        QCOMPARE(b.totalBytes(), 200000);
        QVERIFY(b.raw().size() <= 1024 + 64 * 1024);
        QCOMPARE(b.rawStartOffset() % 16, 0);
        QCOMPARE(b.rawStartOffset() + b.raw().size(), 200000);
    }

    void hexRows()
    {
        const QString row = HexDump::formatRow("Hello\n", 6, 0x10);
        QCOMPARE(row, QString("00000010  48 65 6c 6c 6f 0a                                 |Hello.|"));
        const QString full = HexDump::format(QByteArray("0123456789abcdefXY"), 0);
        const QStringList rows = full.split('\n');
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], QString("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                                  "|0123456789abcdef|"));
        QVERIFY(rows[1].startsWith("00000010  58 59 "));
        QVERIFY(rows[1].endsWith("|XY|"));
        QCOMPARE(rows[1].indexOf('|'), rows[0].indexOf('|'));
    }

    void chunkingNeverChangesTheLines()
    {
        // Random streams over a small alphabet, fed whole and in random chunks, against a
        // reference split on \r\n, \r and \n.
        QRandomGenerator rng(1234);
        const char alphabet[] = {'a', 'b', '\r', '\n', '\r', '\n', char(0xc3), char(0xa9)};
        for (int round = 0; round < 200; ++round) {
            QByteArray stream;
            const int size = int(rng.bounded(1, 400));
            for (int i = 0; i < size; ++i)
                stream += alphabet[rng.bounded(int(sizeof alphabet))];
            QStringList expected;
            QByteArray current;
            bool open = false;
            for (int i = 0; i < stream.size(); ++i) {
                const char c = stream[i];
                if (c == '\r' || c == '\n') {
                    expected << QString::fromLatin1(current.toHex());
                    current.clear();
                    open = false;
                    if (c == '\r' && i + 1 < stream.size() && stream[i + 1] == '\n')
                        ++i;
                } else {
                    current += c;
                    open = true;
                }
            }
            if (open)
                expected << QString::fromLatin1(current.toHex());

            MonitorBuffer chunked;
            for (int i = 0; i < stream.size();) {
                const int n = int(rng.bounded(1, 9));
                chunked.append(stream.mid(i, n), i);
                i += n;
            }
            QStringList got;
            for (const MonitorLine &l : chunked.lines())
                got << QString::fromLatin1(l.text.toHex());
            QCOMPARE(got, expected);
            QCOMPARE(chunked.lastLineOpen(), open);
        }
    }

    void timestampFormat()
    {
        const QString s = MonitorBuffer::formatTimestamp(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(QRegularExpression("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$").match(s).hasMatch(),
                 qPrintable(s));
    }
};

QTEST_GUILESS_MAIN(TstMonitorBuffer)
#include "tst_monitor_buffer.moc"
