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
#include <sys/wait.h>
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

    void notASerialPort()
    {
        // /dev/null opens but is no terminal: a clear message, no crash, nothing left open.
        SerialPortSession s;
        const bool ok = s.open("/dev/null", 115200);
        qInfo("/dev/null: %s", ok ? "opened" : qPrintable(s.lastError()));
        if (!ok) {
            QVERIFY(!s.lastError().isEmpty());
            QVERIFY(s.lastError().contains("/dev/null"));
        }
        s.close();
        QVERIFY(!s.isOpen());
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
        // A pty slave belongs to root (mode 0620): an ordinary user may not open it. As root,
        // run the open in a child process that has dropped to "nobody".
        PtyPair pty;
        if (!pty.open())
            QSKIP("no pseudo-terminals here (posix_openpt failed; is /dev/pts mounted?)");
        QString message;
        if (::geteuid() != 0) {
            QSKIP("needs root to create a port this user cannot open");
        } else {
            int fds[2];
            QVERIFY(::pipe(fds) == 0);
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                ::close(fds[0]);
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(2);
                SerialPortSession s;
                const QByteArray text = s.open(pty.slavePath, 115200) ? QByteArray("opened")
                                                                      : s.lastError().toUtf8();
                const ssize_t written = ::write(fds[1], text.constData(), size_t(text.size()));
                ::_exit(written == text.size() ? 0 : 3);
            }
            ::close(fds[1]);
            QByteArray text;
            char buf[512];
            ssize_t n;
            while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
                text.append(buf, int(n));
            ::close(fds[0]);
            int status = 0;
            ::waitpid(child, &status, 0);
            QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child could not drop to nobody");
            message = QString::fromUtf8(text);
        }
        qInfo("as nobody: %s", qPrintable(message));
        QVERIFY2(message.contains("Permission denied"), qPrintable(message));
        QVERIFY(message.contains("udev"));
        QVERIFY(message.contains("plugdev"));
        QVERIFY(message.contains(pty.slavePath));
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
        if (!pty.open())
            QSKIP("no pseudo-terminals here (posix_openpt failed; is /dev/pts mounted?)");
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
        if (!pty.open())
            QSKIP("no pseudo-terminals here (posix_openpt failed; is /dev/pts mounted?)");
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
        if (!pty.open())
            QSKIP("no pseudo-terminals here (posix_openpt failed; is /dev/pts mounted?)");
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
