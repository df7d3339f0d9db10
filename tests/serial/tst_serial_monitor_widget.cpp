// GUI tests for SerialMonitorWidget on the offscreen platform: partial lines, timestamps, hex,
// pause, autoscroll, line endings, logging, a 1 MB burst, a real pty port, and screenshots.
#include "hex_dump.h"
#include "serial_monitor_widget.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

using namespace marmot::serial;
using LineEnding = SerialMonitorWidget::LineEnding;

static const QRegularExpression StampedLine("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d \u2192 (.*)$");

class TstSerialMonitorWidget : public QObject {
    Q_OBJECT
private:
    static void save(QWidget &w, const char *name)
    {
        const QString path = QStringLiteral(SERIAL_TEST_OUTPUT_DIR "/") + name;
        QCoreApplication::processEvents(); // let pending layout requests settle
        QVERIFY(w.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void partialLinesAndCrLf()
    {
        SerialMonitorWidget w;
        w.appendBytes("hel");
        w.flush();
        QCOMPARE(w.viewText(), QString("hel"));
        w.appendBytes("lo\r");
        w.appendBytes("\nwor");
        w.flush();
        QCOMPARE(w.viewText(), QString("hello\nwor"));
        w.appendBytes("ld\n\n!");
        w.flush();
        QCOMPARE(w.viewText(), QString("hello\nworld\n\n!"));
    }

    void flushesOnItsOwn()
    {
        SerialMonitorWidget w;
        w.appendBytes("tick\n");
        QTRY_COMPARE(w.viewText(), QString("tick"));
    }

    void utf8AndControls()
    {
        SerialMonitorWidget w;
        const QByteArray temp = QString::fromUtf8("21.5 °C\n").toUtf8();
        w.appendBytes(temp.left(5));
        w.appendBytes(temp.mid(5)); // the ° arrives split across two chunks
        w.appendBytes(QByteArray("bell\x07\n", 6));
        w.flush();
        QCOMPARE(w.viewText(), QString::fromUtf8("21.5 °C\nbell\u2407"));
    }

    void timestampsToggle()
    {
        SerialMonitorWidget w;
        w.appendBytes("alpha\nbeta\n");
        w.flush();
        w.findChild<QToolButton *>("timestampsButton")->click();
        QVERIFY(w.timestampsEnabled());
        QStringList lines = w.viewText().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(StampedLine.match(lines[0]).captured(1), QString("alpha"));
        QCOMPARE(StampedLine.match(lines[1]).captured(1), QString("beta"));
        w.appendBytes("gam");
        w.flush();
        w.appendBytes("ma\n");
        w.flush();
        lines = w.viewText().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(StampedLine.match(lines[2]).captured(1), QString("gamma"));
        w.setTimestampsEnabled(false);
        QCOMPARE(w.viewText(), QString("alpha\nbeta\ngamma"));
    }

    void hexView()
    {
        SerialMonitorWidget w;
        QByteArray all("Hello\n");
        w.appendBytes(all);
        w.findChild<QToolButton *>("hexButton")->click();
        QVERIFY(w.isHexView());
        QCOMPARE(w.viewText(), HexDump::format(all, 0));
        // Grow the partial row, then spill into new rows.
        for (const QByteArray &more : {QByteArray("0123"), QByteArray("456789abcdefXYZ\r\n"),
                                       QByteArray(40, '\0')}) {
            all += more;
            w.appendBytes(more);
            w.flush();
            QCOMPARE(w.viewText(), HexDump::format(all, 0));
        }
        w.setHexView(false);
        QVERIFY(w.viewText().startsWith("Hello\n0123456789abcdefXYZ\n"));
    }

    void pauseAndResume()
    {
        SerialMonitorWidget w;
        w.appendBytes("before\n");
        w.flush();
        w.findChild<QToolButton *>("pauseButton")->click();
        QVERIFY(w.isPaused());
        w.appendBytes("during 1\nduring 2\n");
        w.flush();
        QCOMPARE(w.viewText(), QString("before"));
        QVERIFY(w.findChild<QLabel *>("statusLabel")->text().contains("paused"));
        QCOMPARE(int(w.buffer().lines().size()), 3); // still received
        w.setPaused(false);
        QCOMPARE(w.viewText(), QString("before\nduring 1\nduring 2"));
    }

    void lineEndings_data()
    {
        QTest::addColumn<LineEnding>("ending");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("none") << LineEnding::None << QByteArray("led on");
        QTest::newRow("lf") << LineEnding::LF << QByteArray("led on\n");
        QTest::newRow("cr") << LineEnding::CR << QByteArray("led on\r");
        QTest::newRow("crlf") << LineEnding::CRLF << QByteArray("led on\r\n");
    }
    void lineEndings()
    {
        QFETCH(LineEnding, ending);
        QFETCH(QByteArray, bytes);
        SerialMonitorWidget w;
        QSignalSpy sent(&w, &SerialMonitorWidget::sendBytes);
        w.setLineEnding(ending);
        auto *input = w.findChild<QLineEdit *>("inputEdit");
        QTest::keyClicks(input, "led on");
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0][0].toByteArray(), bytes);
        QVERIFY(input->text().isEmpty());
        QTest::keyClick(input, Qt::Key_Up); // history
        QCOMPARE(input->text(), QString("led on"));
    }

    void logToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("board.log");
        SerialMonitorWidget w;
        QVERIFY(w.startLog(path));
        QVERIFY(w.findChild<QToolButton *>("logButton")->isChecked());
        w.appendBytes("one\n");
        w.appendBytes("two\r\n");
        w.stopLog();
        w.appendBytes("not logged\n");
        QVERIFY(w.startLog(path)); // appends
        w.appendBytes("three\n");
        w.stopLog();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("one\ntwo\r\nthree\n"));
        QVERIFY(!w.startLog(dir.filePath("missing/dir/x.log")));
        QVERIFY(w.lastError().contains("Could not open"));
    }

    void burstOfOneMegabyte()
    {
        SerialMonitorWidget w;
        w.resize(800, 400);
        w.show();
        QByteArray burst;
        int n = 0;
        while (burst.size() < 1024 * 1024)
            burst += "sample " + QByteArray::number(n++) + ": temp=21.5 hum=40 ok\r\n";
        QElapsedTimer t;
        t.start();
        w.appendBytes(burst);
        w.flush();
        const qint64 oneCall = t.elapsed();
        t.restart();
        for (int i = 0; i < burst.size(); i += 4096) {
            w.appendBytes(burst.mid(i, 4096));
            if (i % (64 * 4096) == 0)
                QCoreApplication::processEvents(); // the UI stays responsive in between
        }
        w.flush();
        const qint64 chunked = t.elapsed();
        qInfo("1 MB burst (%d lines): %lld ms in one call, %lld ms in 4 KB chunks", n, oneCall,
              chunked);
        QVERIFY(w.viewText().endsWith(QString("sample %1: temp=21.5 hum=40 ok").arg(n - 1)));
        QVERIFY(int(w.buffer().lines().size()) <= 10000);
        QVERIFY(w.findChild<QPlainTextEdit *>("view")->document()->blockCount() <= 10001);
        // The time is printed above, not asserted: shared machines make timed tests flaky.
    }

    void memoryStaysBoundedWithLongLines()
    {
        SerialMonitorWidget w;
        const QByteArray chunk(64 * 1024, 'x'); // no line endings at all
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 160; ++i) { // 10 MB
            w.appendBytes(chunk);
            if (i % 8 == 0)
                w.flush();
        }
        w.flush();
        const int chars = w.findChild<QPlainTextEdit *>("view")->document()->characterCount();
        qInfo("10 MB without newlines: %lld ms, view holds %d characters, buffer %lld bytes",
              t.elapsed(), chars, w.buffer().textBytes());
        QVERIFY(w.buffer().textBytes() <= 4 * 1024 * 1024);
        QVERIFY(chars <= 9 * 1024 * 1024);
    }

    void autoscrollStopsWhenScrolledUp()
    {
        SerialMonitorWidget w;
        w.resize(600, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 300; ++i)
            w.appendBytes("line " + QByteArray::number(i) + "\n");
        w.flush();
        QScrollBar *bar = w.findChild<QPlainTextEdit *>("view")->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(10); // the user scrolls up
        QVERIFY(!w.autoscroll());
        QVERIFY(!w.findChild<QToolButton *>("autoscrollButton")->isChecked());
        w.appendBytes("more\nmore\n");
        w.flush();
        QCOMPARE(bar->value(), 10);
        bar->setValue(bar->maximum()); // back at the bottom: follow again
        QVERIFY(w.autoscroll());
        w.appendBytes("even more\n");
        w.flush();
        QCOMPARE(bar->value(), bar->maximum());
    }

    void portListKeepsTypedPath()
    {
        SerialMonitorWidget w;
        auto *combo = w.findChild<QComboBox *>("portCombo");
        if (combo->count() > 0)
            QCOMPARE(combo->currentText(), combo->itemText(0));
        combo->setEditText("/dev/pts/42");
        w.findChild<QToolButton *>("refreshButton")->click();
        QCOMPARE(combo->currentText(), QString("/dev/pts/42"));
    }

    void findInOutput()
    {
        SerialMonitorWidget w;
        w.resize(700, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.appendBytes("boot\ntemp 21\nERROR sensor\ntemp 22\n");
        w.flush();
        auto *view = w.findChild<QPlainTextEdit *>("view");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *bar = w.findChild<QWidget *>("findBar");
        QVERIFY(bar->isVisible());
        auto *edit = w.findChild<QLineEdit *>("findEdit");
        QTest::keyClicks(edit, "temp");
        QCOMPARE(view->extraSelections().size(), 2);
        QCOMPARE(view->textCursor().selectedText(), QString("temp"));
        QCOMPARE(view->textCursor().blockNumber(), 3); // the latest match first
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().blockNumber(), 1);
        w.appendBytes("temp 23\n");
        w.flush();
        QCOMPARE(view->extraSelections().size(), 3);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->extraSelections().isEmpty());
    }

    void landsOnNewestLineWhenShownAgain()
    {
        SerialMonitorWidget w;
        w.resize(600, 300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.hide(); // the dock is tabbed away while the program keeps printing
        for (int i = 0; i < 500; ++i)
            w.appendBytes("line " + QByteArray::number(i) + "\n");
        w.flush();
        w.show();
        QScrollBar *bar = w.findChild<QPlainTextEdit *>("view")->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    }

    void notesBetweenLines()
    {
        SerialMonitorWidget w;
        QTemporaryDir dir;
        QVERIFY(w.startLog(dir.filePath("log.txt")));
        w.appendBytes("partial");
        w.appendNote("program exited (0)");
        w.appendBytes("next\n");
        w.flush();
        QCOMPARE(w.viewText(),
                 QString("partial\n\u2500\u2500 program exited (0) \u2500\u2500\nnext"));
        w.setTimestampsEnabled(true);
        QCOMPARE(StampedLine.match(w.viewText().split('\n')[1]).captured(1),
                 QString("\u2500\u2500 program exited (0) \u2500\u2500"));
        w.setHexView(true);
        QCOMPARE(w.viewText(), HexDump::format("partialnext\n", 0)); // board bytes only
        w.stopLog();
        QFile log(dir.filePath("log.txt"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll(), QByteArray("partialnext\n"));
    }

    void sourceNameAndClear()
    {
        SerialMonitorWidget w;
        w.setSourceName("Emulated cortex-m-qemu");
        QVERIFY(w.findChild<QLabel *>("sourceLabel")->text().contains("Emulated cortex-m-qemu"));
        w.flush();
        QCOMPARE(w.viewText(), QString("\u2500\u2500 Emulated cortex-m-qemu \u2500\u2500"));
        w.appendBytes("x\ny");
        w.flush();
        w.clear();
        QCOMPARE(w.viewText(), QString());
        w.appendBytes("z\n");
        w.flush();
        QCOMPARE(w.viewText(), QString("z"));
    }

    void realPortThroughPty()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            QSKIP("no pseudo-terminals here (posix_openpt failed; is /dev/pts mounted?)");
        const QString slave = QString::fromLocal8Bit(::ptsname(master));
        SerialMonitorWidget w;
        QSignalSpy sent(&w, &SerialMonitorWidget::sendBytes);
        QSignalSpy portData(&w, &SerialMonitorWidget::portDataReceived);
        if (!w.openPort(slave, 115200)) {
            ::close(master);
            QSKIP(qPrintable("QSerialPort refused the pty slave: " + w.lastError()));
        }
        QVERIFY(w.isPortOpen());
        QVERIFY(w.findChild<QLabel *>("sourceLabel")->text().contains(slave));
        QCOMPARE(::write(master, "boot ok\r\n", 9), ssize_t(9));
        QTRY_VERIFY(w.viewText().endsWith("\nboot ok"));
        QVERIFY(w.viewText().startsWith(QString("\u2500\u2500 connected to %1 at 115200 baud \u2500\u2500")
                                            .arg(slave)));
        QVERIFY(!portData.isEmpty());
        w.setLineEnding(LineEnding::CRLF);
        w.sendText("ping");
        QCOMPARE(sent.size(), 0); // went to the port, not to the emulator
        QByteArray echo;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     pollfd fd{master, POLLIN, 0};
                                     if (::poll(&fd, 1, 0) > 0) {
                                         char buf[64];
                                         const ssize_t r = ::read(master, buf, sizeof buf);
                                         if (r > 0)
                                             echo.append(buf, int(r));
                                     }
                                     return echo == "ping\r\n";
                                 }()),
                                 3000);
        ::close(master); // unplug
        QTRY_VERIFY_WITH_TIMEOUT(!w.isPortOpen(), 3000);
        QVERIFY2(w.lastError().contains("unplugged"), qPrintable(w.lastError()));
        QVERIFY(w.isWaitingToReconnect());
        QVERIFY(w.findChild<QLabel *>("sourceLabel")->text().contains("Waiting for"));
        QTRY_VERIFY(w.viewText().contains("lost " + slave + ": waiting for it to come back"));

        // The "board" comes back: the kernel usually hands out the same pty number again.
        const int again = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(again >= 0 && ::grantpt(again) == 0 && ::unlockpt(again) == 0);
        const QString slaveAgain = QString::fromLocal8Bit(::ptsname(again));
        if (slaveAgain != slave) {
            ::close(again);
            w.closePort();
            QVERIFY(!w.isWaitingToReconnect());
            QSKIP(qPrintable("the new pty is " + slaveAgain + ", not " + slave
                             + ": cannot replay a re-plug"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.isPortOpen(), 4000);
        QVERIFY(!w.isWaitingToReconnect());
        QCOMPARE(::write(again, "back\n", 5), ssize_t(5));
        QTRY_VERIFY(w.viewText().endsWith("back"));
        w.closePort(); // a deliberate close does not wait for the port
        QVERIFY(!w.isPortOpen());
        ::close(again);
        QTest::qWait(1500);
        QVERIFY(!w.isWaitingToReconnect());
        QVERIFY(!w.isPortOpen());
    }

    void screenshots()
    {
        SerialMonitorWidget w;
        w.setSourceName("Emulated cortex-m-qemu");
        w.resize(860, 420);
        w.setTimestampsEnabled(true);
        w.appendBytes("Marmot blinky on cortex-m-qemu\r\n");
        for (int i = 0; i < 12; ++i)
            w.appendBytes("led " + QByteArray(i % 2 ? "off" : "on") + "  temp:" +
                          QByteArray::number(21.5 + i * 0.25) + " hum:" +
                          QByteArray::number(40 + i % 3) + "\r\n");
        w.appendBytes("warning: sensor slow to answer\r\n");
        w.appendBytes("panic: runtime error: index out of range [5] with length 4\r\n");
        w.appendBytes("waiting for input> ");
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.flush();
        save(w, "serial_monitor.png");
        QTest::keyClick(w.findChild<QPlainTextEdit *>("view"), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(w.findChild<QLineEdit *>("findEdit"), "hum:4");
        save(w, "serial_monitor_find.png");
        QTest::keyClick(w.findChild<QLineEdit *>("findEdit"), Qt::Key_Escape);
        w.setHexView(true);
        save(w, "serial_monitor_hex.png");
        w.setHexView(false);
        w.openPort("/dev/ttyMARMOT_missing", 115200);
        save(w, "serial_monitor_error.png");
        qInfo("minimum size: %dx%d", w.minimumSizeHint().width(), w.minimumSizeHint().height());
        QVERIFY2(w.minimumSizeHint().width() <= 640, "must fit a narrow, detached dock");
        w.resize(560, 300);
        QCoreApplication::processEvents();
        auto *options = w.findChild<QWidget *>("viewOptions");
        QVERIFY2(options->geometry().top() > w.findChild<QWidget *>("portCombo")->geometry().bottom(),
                 "view options wrap onto a second row");
        save(w, "serial_monitor_narrow.png");
        w.resize(900, 300);
        QCoreApplication::processEvents();
        QVERIFY(options->geometry().top() < 10);
    }
};

QTEST_MAIN(TstSerialMonitorWidget)
#include "tst_serial_monitor_widget.moc"
