// Unit tests for SerialPortSession: error sentences, and real I/O through a pseudo-terminal pair
// (the pty slave opened as a serial port, the master playing the board).
#include "serial_port_session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

using namespace marmot::serial;

namespace {
// The board's end of a pseudo-terminal.
struct PtyPair {
    int master = -1;
    QString slavePath;
    bool open()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return false;
        slavePath = QString::fromLocal8Bit(::ptsname(master));
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        return true;
    }
    void closeMaster()
    {
        if (master >= 0)
            ::close(master);
        master = -1;
    }
    ~PtyPair() { closeMaster(); }
    QByteArray readAvailable(int timeoutMs, int want)
    {
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (out.size() < want && timer.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            pollfd fd{master, POLLIN, 0};
            if (::poll(&fd, 1, 10) > 0) {
                char buf[256];
                const ssize_t n = ::read(master, buf, sizeof buf);
                if (n > 0)
                    out.append(buf, int(n));
            }
        }
        return out;
    }
};
} // namespace

class TstSerialPortSession : public QObject {
    Q_OBJECT
private slots:
    void missingPort()
    {
        SerialPortSession s;
        QSignalSpy errors(&s, &SerialPortSession::errorOccurred);
        QVERIFY(!s.open("/dev/ttyMARMOT_does_not_exist", 115200));
        QVERIFY(!s.isOpen());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(s.lastError().contains("was not found"), qPrintable(s.lastError()));
        QVERIFY(s.lastError().contains("is the board plugged in"));
        QVERIFY(s.lastError().contains("/dev/ttyMARMOT_does_not_exist"));
    }

    void emptyPortName()
    {
        SerialPortSession s;
        QVERIFY(!s.open("", 9600));
        QVERIFY(s.lastError().contains("Choose a serial port"));
    }

    void writeWhenClosed()
    {
        SerialPortSession s;
        QVERIFY(!s.write("x"));
        QVERIFY(s.lastError().contains("not open"));
    }

    void messages()
    {
        const QString busy = SerialPortSession::describeError(QSerialPort::PermissionError,
                                                              "/dev/null", {});
        QVERIFY2(busy.contains("is in use by another program"), qPrintable(busy));
        const QString gone = SerialPortSession::describeError(QSerialPort::ResourceError,
                                                              "ttyACM0", {});
        QVERIFY(gone.contains("the board was unplugged"));
    }

    void permissionDenied()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: every device node is accessible, no permission error");
        QTemporaryDir dir;
        const QString path = dir.filePath("ttyLOCKED");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QFile::setPermissions(path, QFileDevice::Permissions());
        const QString text = SerialPortSession::describeError(QSerialPort::PermissionError, path, {});
        QVERIFY2(text.contains("Permission denied"), qPrintable(text));
        QVERIFY(text.contains("udev"));
        QVERIFY(text.contains("plugdev"));
    }

    void listPortsDoesNotCrash()
    {
        const auto ports = SerialPortSession::availablePorts();
        for (const SerialPortEntry &p : ports)
            QVERIFY(!p.label().isEmpty());
        qInfo("%d serial port(s) listed", int(ports.size()));
        QVERIFY(SerialPortSession::standardBaudRates().contains(115200));
    }

    void ptyReceiveAndSend()
    {
        PtyPair pty;
        QVERIFY(pty.open());
        SerialPortSession s;
        if (!s.open(pty.slavePath, 115200))
            QSKIP(qPrintable("QSerialPort refused the pty slave " + pty.slavePath + ": "
                             + s.lastError()));
        QVERIFY(s.isOpen());
        QSignalSpy received(&s, &SerialPortSession::dataReceived);
        const QByteArray hello("hello from the board\r\n");
        QCOMPARE(::write(pty.master, hello.constData(), hello.size()), ssize_t(hello.size()));
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const auto &args : received)
                                         got += args.at(0).toByteArray();
                                     received.clear();
                                     return got == hello;
                                 }()),
                                 3000);

        QVERIFY(s.write("led on\n"));
        QCOMPARE(pty.readAvailable(3000, 7), QByteArray("led on\n"));
    }

    void ptyBusy()
    {
        PtyPair pty;
        QVERIFY(pty.open());
        SerialPortSession first;
        if (!first.open(pty.slavePath, 115200))
            QSKIP("QSerialPort refused the pty slave");
        SerialPortSession second;
        QVERIFY(!second.open(pty.slavePath, 115200));
        QVERIFY2(second.lastError().contains("is in use by another program"),
                 qPrintable(second.lastError()));
    }

    void ptyUnplugged()
    {
        PtyPair pty;
        QVERIFY(pty.open());
        SerialPortSession s;
        if (!s.open(pty.slavePath, 115200))
            QSKIP("QSerialPort refused the pty slave");
        QSignalSpy errors(&s, &SerialPortSession::errorOccurred);
        QSignalSpy closed(&s, &SerialPortSession::closed);
        pty.closeMaster(); // the "board" goes away: reads on the slave now fail with EIO
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() == 1, 3000);
        QVERIFY(!s.isOpen());
        QVERIFY(!errors.isEmpty());
        const QString message = errors.first().at(0).toString();
        QVERIFY2(message.contains("the board was unplugged"), qPrintable(message));
        QVERIFY(!s.write("x")); // no crash, no hang, a clear message
    }
};

QTEST_GUILESS_MAIN(TstSerialPortSession)
#include "tst_serial_port_session.moc"
