// Unit tests for PlotLineParser: number formats (Go's println floats too), labels, junk lines.
#include "plot_line_parser.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace marmot::serial;

using Values = QList<PlotValue>;
Q_DECLARE_METATYPE(Values)

static PlotValue col(int c, double v) { return PlotValue{PlotLineParser::columnName(c), c, v}; }
static PlotValue named(const char *n, double v) { return PlotValue{QString::fromUtf8(n), -1, v}; }

class TstPlotLineParser : public QObject {
    Q_OBJECT
private slots:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("isData");
        QTest::addColumn<Values>("values");
        QTest::newRow("int") << QByteArray("42") << true << Values{col(0, 42)};
        QTest::newRow("negative") << QByteArray("-7") << true << Values{col(0, -7)};
        QTest::newRow("float") << QByteArray("3.25") << true << Values{col(0, 3.25)};
        QTest::newRow("leading dot") << QByteArray(".5") << true << Values{col(0, 0.5)};
        QTest::newRow("go float") << QByteArray("+1.500000e+001") << true << Values{col(0, 15)};
        QTest::newRow("go negative float")
            << QByteArray("-2.500000e-001") << true << Values{col(0, -0.25)};
        QTest::newRow("spaces") << QByteArray("1 2  3") << true
                                << Values{col(0, 1), col(1, 2), col(2, 3)};
        QTest::newRow("commas") << QByteArray("1,-2,3.5") << true
                                << Values{col(0, 1), col(1, -2), col(2, 3.5)};
        QTest::newRow("tabs") << QByteArray("10\t20\t") << true << Values{col(0, 10), col(1, 20)};
        QTest::newRow("names") << QByteArray("temp:21.5 hum:40") << true
                               << Values{named("temp", 21.5), named("hum", 40)};
        QTest::newRow("arduino names") << QByteArray("a:1,b:-2") << true
                                       << Values{named("a", 1), named("b", -2)};
        QTest::newRow("equals") << QByteArray("x=3;y=4") << true
                                << Values{named("x", 3), named("y", 4)};
        QTest::newRow("go println pair")
            << QByteArray("temp: +2.150000e+001 hum: 40") << true
            << Values{named("temp", 21.5), named("hum", 40)};
        QTest::newRow("mixed") << QByteArray("5 speed:2 7") << true
                               << Values{col(0, 5), named("speed", 2), col(1, 7)};
        QTest::newRow("crlf leftover spaces") << QByteArray("  1  ") << true << Values{col(0, 1)};
        QTest::newRow("text") << QByteArray("hello world") << false << Values{};
        QTest::newRow("text with number") << QByteArray("Reading 3 of 10") << false << Values{};
        QTest::newRow("empty") << QByteArray("") << false << Values{};
        QTest::newRow("label without value") << QByteArray("temp:") << false << Values{};
        QTest::newRow("bad number") << QByteArray("1.2.3") << false << Values{};
        QTest::newRow("bad exponent") << QByteArray("1e") << false << Values{};
        QTest::newRow("version") << QByteArray("v2") << false << Values{};
        QTest::newRow("dash") << QByteArray("-") << false << Values{};
    }
    void lines()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, isData);
        QFETCH(Values, values);
        Values got;
        QCOMPARE(PlotLineParser::parseLine(line, got), isData);
        if (isData)
            QCOMPARE(got, values);
    }

    void goSpecialValues()
    {
        Values got;
        QVERIFY(PlotLineParser::parseLine("1 NaN +Inf -Inf 5", got));
        QCOMPARE(got.size(), 5);
        QVERIFY(std::isnan(got[1].value));
        QVERIFY(std::isnan(got[2].value));
        QCOMPARE(got[4], col(4, 5));
    }

    void feedSplitsLines()
    {
        PlotLineParser p;
        auto lines = p.feed("1 2\r\n3 ");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0], (Values{col(0, 1), col(1, 2)}));
        lines = p.feed("4\nnot data\nt:9\n");
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], (Values{col(0, 3), col(1, 4)}));
        QCOMPARE(lines[1], (Values{named("t", 9)}));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(99);
        const char alphabet[] = "0123456789+-.eE:=, \t\r\nabNIf";
        PlotLineParser p;
        int data = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray chunk;
            const int n = int(rng.bounded(1, 64));
            for (int i = 0; i < n; ++i)
                chunk += alphabet[rng.bounded(int(sizeof alphabet) - 1)];
            for (const Values &line : p.feed(chunk)) {
                QVERIFY(!line.isEmpty());
                ++data;
            }
        }
        qInfo("%d random lines parsed as data", data);
    }

    void feedSurvivesGarbage()
    {
        PlotLineParser p;
        QByteArray junk(100000, 'z');
        QVERIFY(p.feed(junk).isEmpty());
        auto lines = p.feed("\n7\n");
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0], (Values{col(0, 7)}));
    }
};

QTEST_GUILESS_MAIN(TstPlotLineParser)
#include "tst_plot_line_parser.moc"
