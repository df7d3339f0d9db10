// GUI tests for SerialPlotterWidget on the offscreen platform: parsing into series, CSV export,
// legend toggles, pause and scroll-back, window sizes, drawing speed, and screenshots.
#include "plot_canvas.h"
#include "plot_legend.h"
#include "plot_ticks.h"
#include "serial_plotter_widget.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace marmot::serial;

class TstSerialPlotterWidget : public QObject {
    Q_OBJECT
private:
    static void save(QWidget &w, const char *name)
    {
        const QString path = QStringLiteral(SERIAL_TEST_OUTPUT_DIR "/") + name;
        QCoreApplication::processEvents(); // let pending layout requests settle
        QVERIFY(w.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    static void feedSamples(SerialPlotterWidget &w, int from, int to)
    {
        QByteArray chunk;
        for (int i = from; i < to; ++i)
            chunk += "a:" + QByteArray::number(i) + " b:" + QByteArray::number(-i) + "\n";
        w.appendBytes(chunk);
    }

private slots:
    void niceTicks()
    {
        PlotTicks t = PlotTicks::compute(0, 100, 5);
        QCOMPARE(t.step, 20.0);
        QCOMPARE(t.values, (QVector<double>{0, 20, 40, 60, 80, 100}));
        QCOMPARE(t.label(40), QString("40"));
        t = PlotTicks::compute(-0.3, 0.7, 4);
        QCOMPARE(t.step, 0.25);
        QCOMPARE(t.label(0.25), QString("0.25"));
        QCOMPARE(t.values.first(), -0.25);
        double lo = 3.2, hi = 97.1;
        PlotTicks::roundOut(lo, hi, 5);
        QCOMPARE(lo, 0.0);
        QCOMPARE(hi, 100.0);
        lo = hi = 5; // a flat line still gets a range
        PlotTicks::roundOut(lo, hi, 5);
        QVERIFY(lo < 5 && hi > 5);
    }

    void parsesIntoSeries()
    {
        SerialPlotterWidget w;
        w.appendBytes("booting...\ntemp:21.5 hum:40\ntemp: +2.200000e+001 hum: 41\n");
        w.appendBytes("temp:2");
        w.appendBytes("3 hum:-1\n1 2 3\n");
        const PlotDataSet &d = w.dataSet();
        QCOMPARE(d.seriesNames(), QStringList({"temp", "hum", "value 1", "value 2", "value 3"}));
        QCOMPARE(d.endIndex(), 4);
        QCOMPARE(d.series(0).at(1), 22.0);
        QCOMPARE(d.series(0).at(2), 23.0);
        QCOMPARE(d.series(1).at(2), -1.0);
        QVERIFY(std::isnan(d.series(0).at(3)));
        QCOMPARE(d.series(4).at(3), 3.0);
        QVERIFY(w.seriesColor(0) != w.seriesColor(1));
    }

    void csvExport()
    {
        SerialPlotterWidget w;
        w.appendBytes("temp:21.5 hum:40\r\ntemp:22\r\n");
        w.appendBytes("hum:41.25 temp:-3\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath("plot.csv");
        QVERIFY(w.exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QString("sample,temp,hum\n0,21.5,40\n1,22,\n2,-3,41.25\n"));
        QVERIFY(!w.exportCsv(dir.filePath("no/such/dir/plot.csv")));
        QVERIFY(w.lastError().contains("Could not save"));
    }

    void legendToggle()
    {
        SerialPlotterWidget w;
        w.resize(700, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 100; ++i)
            w.appendBytes("small:" + QByteArray::number(i % 10) + " big:"
                          + QByteArray::number(1000 + i) + "\n");
        w.refresh();
        auto *legend = w.findChild<PlotLegend *>("plotLegend");
        auto *canvas = w.findChild<PlotCanvas *>("plotCanvas");
        QTRY_COMPARE(legend->count(), 2);
        canvas->grab();
        QVERIFY(canvas->yMax() >= 1099);
        QTest::mouseClick(legend, Qt::LeftButton, {}, legend->itemRect(1).center());
        QVERIFY(!w.isSeriesVisible(1));
        QVERIFY(w.isSeriesVisible(0));
        canvas->grab();
        QVERIFY2(canvas->yMax() <= 10, "auto-scale follows the visible series only");
        save(w, "serial_plotter_hidden.png");
        QTest::mouseClick(legend, Qt::LeftButton, {}, legend->itemRect(1).center());
        QVERIFY(w.isSeriesVisible(1));
    }

    void yAxisDoesNotTwitch()
    {
        SerialPlotterWidget w;
        w.resize(700, 400);
        w.setWindowSize(100);
        auto *canvas = w.findChild<PlotCanvas *>("plotCanvas");
        auto feed = [&](double lo, double hi) {
            QByteArray chunk;
            for (int i = 0; i < 100; ++i)
                chunk += QByteArray::number(lo + (hi - lo) * (i % 2)) + "\n";
            w.appendBytes(chunk);
            w.refresh();
            canvas->grab();
        };
        feed(0, 100);
        const double lo = canvas->yMin(), hi = canvas->yMax();
        QVERIFY(lo <= 0 && hi >= 100);
        feed(30, 90); // most of the range still used: the axis stays
        QCOMPARE(canvas->yMin(), lo);
        QCOMPARE(canvas->yMax(), hi);
        feed(50, 55); // a small part: zoom in
        QVERIFY(canvas->yMin() >= 40 && canvas->yMax() <= 65);
        feed(-500, 0); // beyond: grow at once
        QVERIFY(canvas->yMin() <= -500);
        w.clear();
        feed(1, 2);
        QVERIFY(canvas->yMin() >= 0 && canvas->yMax() <= 3);
    }

    void pauseAndScrollBack()
    {
        SerialPlotterWidget w;
        w.resize(700, 400);
        w.show();
        w.setWindowSize(500);
        feedSamples(w, 0, 2000);
        w.refresh();
        QCOMPARE(w.viewStart(), 1500);
        w.setPaused(true);
        feedSamples(w, 2000, 2100);
        w.refresh();
        QCOMPARE(w.viewStart(), 1500); // frozen while data keeps coming
        QCOMPARE(w.dataSet().endIndex(), 2100);
        auto *bar = w.findChild<QScrollBar *>("historyScrollBar");
        bar->setValue(100);
        QCOMPARE(w.viewStart(), 100);
        // Drag to the right: look further back in time.
        auto *canvas = w.findChild<PlotCanvas *>("plotCanvas");
        const QPoint c = canvas->plotRect().center();
        QTest::mousePress(canvas, Qt::LeftButton, {}, c);
        QTest::mouseMove(canvas, c + QPoint(canvas->plotRect().width() / 10, 0));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, c + QPoint(canvas->plotRect().width() / 10, 0));
        QVERIFY2(w.viewStart() < 100 && w.viewStart() >= 40, qPrintable(QString::number(w.viewStart())));
        w.setPaused(false);
        QCOMPARE(w.viewStart(), 1600);
        bar->setValue(bar->maximum()); // dragging to the end goes live too
        QVERIFY(!w.isPaused());
    }

    void windowSizes()
    {
        SerialPlotterWidget w;
        feedSamples(w, 0, 30000);
        w.setWindowSize(10000);
        QCOMPARE(w.windowSize(), 10000);
        QCOMPARE(w.viewStart(), 20000);
        w.setWindowSize(100000);
        QCOMPARE(w.viewStart(), 0);
        QVERIFY(SerialPlotterWidget::windowSizes().contains(10000));
    }

    void smoothWithManySeries()
    {
        SerialPlotterWidget w;
        w.resize(1200, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QByteArray chunk;
        for (int i = 0; i < 100000; ++i) {
            for (int s = 0; s < 8; ++s)
                chunk += QByteArray::number(std::sin(i * 0.001 * (s + 1)) * (s + 1), 'g', 6) + ' ';
            chunk += '\n';
        }
        QElapsedTimer t;
        t.start();
        w.appendBytes(chunk);
        qInfo("parsed 100,000 lines of 8 values in %lld ms", t.elapsed());
        auto *canvas = w.findChild<PlotCanvas *>("plotCanvas");
        for (int window : {10000, 100000}) {
            w.setWindowSize(window);
            t.restart();
            for (int frame = 0; frame < 50; ++frame) {
                w.appendBytes("1 2 3 4 5 6 7 8\n");
                w.refresh();
                canvas->repaint();
            }
            const qint64 ms = t.elapsed();
            qInfo("50 frames, 8 series, %d points visible: %lld ms (%.1f ms per frame)", window,
                  ms, ms / 50.0);
        }
        save(w, "serial_plotter_envelope.png");
    }

    void screenshot()
    {
        SerialPlotterWidget w;
        w.resize(860, 420);
        QByteArray chunk;
        for (int i = 0; i < 400; ++i) {
            const double t = i * 0.05;
            chunk += "temp:" + QByteArray::number(21 + 2 * std::sin(t), 'f', 2)
                     + " hum:" + QByteArray::number(40 + 5 * std::cos(t * 0.7), 'f', 2)
                     + " light:" + QByteArray::number(30 + 10 * std::sin(t * 2.3) * std::sin(t * 0.2), 'f', 2)
                     + "\r\n";
        }
        w.appendBytes(chunk);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refresh();
        for (int i = 0; i < 6; ++i)
            w.refresh(); // legend values
        save(w, "serial_plotter.png");
        SerialPlotterWidget empty;
        empty.resize(600, 300);
        empty.show();
        save(empty, "serial_plotter_empty.png");
        qInfo("minimum size: %dx%d", w.minimumSizeHint().width(), w.minimumSizeHint().height());
        QVERIFY2(w.minimumSizeHint().width() <= 640, "must fit a narrow, detached dock");
    }
};

QTEST_MAIN(TstSerialPlotterWidget)
#include "tst_serial_plotter_widget.moc"
