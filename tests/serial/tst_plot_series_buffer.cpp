// Unit tests for PlotSeriesBuffer (ring wrap, gaps, block envelopes) and PlotDataSet (CSV).
#include "plot_data_set.h"
#include "plot_series_buffer.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

using namespace marmot::serial;

class TstPlotSeriesBuffer : public QObject {
    Q_OBJECT
private slots:
    void ringWraps()
    {
        PlotSeriesBuffer b(10000);
        for (int i = 0; i < 25000; ++i)
            b.append(i);
        QCOMPARE(b.size(), 10000);
        QCOMPARE(b.firstIndex(), 15000);
        QCOMPARE(b.endIndex(), 25000);
        QCOMPARE(b.at(15000), 15000.0);
        QCOMPARE(b.at(24999), 24999.0);
        QVERIFY(std::isnan(b.at(14999)));
        QVERIFY(std::isnan(b.at(25000)));
    }

    void lateStartAndGaps()
    {
        PlotSeriesBuffer b(100, 50);
        b.append(1);
        b.append(std::nan(""));
        b.append(3);
        QCOMPARE(b.firstIndex(), 50);
        QCOMPARE(b.at(50), 1.0);
        QVERIFY(std::isnan(b.at(51)));
        const MinMax r = b.range(0, 1000);
        QCOMPARE(r.min, 1.0);
        QCOMPARE(r.max, 3.0);
    }

    void envelopesMatchBruteForce()
    {
        // A wrapped buffer with a sine and a few spikes; compare block-accelerated envelopes
        // with a direct scan for several column counts and ranges.
        PlotSeriesBuffer b(20000);
        for (int i = 0; i < 53011; ++i)
            b.append(i % 997 == 0 ? 1000.0 + i : std::sin(i * 0.01) * 100);
        const qint64 from = b.firstIndex() + 13;
        const qint64 to = b.endIndex() - 5;
        for (int columns : {1, 7, 300, 1000, 19000}) {
            const QVector<MinMax> env = b.envelope(from, to, columns);
            QCOMPARE(env.size(), columns);
            const double step = double(to - from) / columns;
            for (int c = 0; c < columns; ++c) {
                const qint64 a = from + qint64(std::floor(c * step));
                qint64 e = from + qint64(std::floor((c + 1) * step));
                if (e <= a)
                    e = a + 1;
                MinMax expected;
                for (qint64 i = a; i < e; ++i)
                    expected.add(b.at(i));
                QCOMPARE(env[c].min, expected.min);
                QCOMPARE(env[c].max, expected.max);
            }
        }
    }

    void envelopeIsFast()
    {
        PlotSeriesBuffer b(100000);
        for (int i = 0; i < 100000; ++i)
            b.append(i % 113);
        QElapsedTimer t;
        t.start();
        for (int frame = 0; frame < 50; ++frame)
            b.envelope(b.firstIndex(), b.endIndex(), 1200);
        qInfo("50 envelopes of 100,000 points into 1200 columns: %lld ms", t.elapsed());
        // Timing is reported, not asserted: machines are shared; the figures belong to benchmarks.
    }

    void dataSetAlignsSeries()
    {
        PlotDataSet d(1000);
        d.addSample({{"value 1", 0, 1}});
        d.addSample({{"value 1", 0, 2}, {"temp", -1, 20.5}});
        d.addSample({{"temp", -1, 21}});
        QCOMPARE(d.seriesNames(), QStringList({"value 1", "temp"}));
        QCOMPARE(d.endIndex(), 3);
        QCOMPARE(d.series(1).firstIndex(), 1);
        QVERIFY(std::isnan(d.series(0).at(2)));
        QCOMPARE(d.toCsv(), QString("sample,value 1,temp\n0,1,\n1,2,20.5\n2,,21\n"));
    }

    void dataSetCsvKeepsWindowAndQuotes()
    {
        PlotDataSet d(100);
        for (int i = 0; i < 250; ++i)
            d.addSample({{"a,b", -1, double(i)}});
        const QStringList rows = d.toCsv().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 101);
        QCOMPARE(rows[0], QString("sample,\"a,b\""));
        QCOMPARE(rows[1], QString("150,150"));
        QCOMPARE(rows.last(), QString("249,249"));
    }

    void dataSetLimitsSeries()
    {
        PlotDataSet d(10);
        QList<PlotValue> many;
        for (int i = 0; i < 40; ++i)
            many.append({PlotLineParser::columnName(i), i, double(i)});
        QVERIFY(!d.addSample(many));
        QCOMPARE(d.seriesCount(), PlotDataSet::MaxSeries);
    }
};

QTEST_GUILESS_MAIN(TstPlotSeriesBuffer)
#include "tst_plot_series_buffer.moc"
