// SerialPortSession: QSerialPort wrapper with friendly error messages (busy, permission,
// unplugged, missing) and a close path that is safe to reach from inside QSerialPort's signals.
#include "serial_port_session.h"

#include <algorithm>

#include <QFile>
#include <QPointer>
#include <QSerialPortInfo>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace marmot::serial {

QString SerialPortEntry::vidPid() const
{
    if (!hasIds)
        return {};
    return QStringLiteral("%1:%2")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'));
}

QString SerialPortEntry::label() const
{
    QString text = name;
    QString detail = description.isEmpty() ? manufacturer : description;
    if (!detail.isEmpty() && detail != QLatin1String("n/a"))
        text += QStringLiteral(" — ") + detail;
    if (hasIds)
        text += QStringLiteral(" (%1)").arg(vidPid());
    return text;
}

SerialPortSession::SerialPortSession(QObject *parent) : QObject(parent) {}

SerialPortSession::~SerialPortSession()
{
    m_closing = true;
    if (m_port && m_port->isOpen())
        m_port->close();
}

QList<SerialPortEntry> SerialPortSession::availablePorts()
{
    QList<SerialPortEntry> ports;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        SerialPortEntry entry;
        entry.name = info.portName();
        entry.systemLocation = info.systemLocation();
        entry.description = info.description();
        entry.manufacturer = info.manufacturer();
        entry.hasIds = info.hasVendorIdentifier() && info.hasProductIdentifier();
        entry.vendorId = info.vendorIdentifier();
        entry.productId = info.productIdentifier();
        ports.append(entry);
    }
    // USB boards first (they carry VID:PID), then by name, so the likely board is on top.
    std::stable_sort(ports.begin(), ports.end(),
                     [](const SerialPortEntry &a, const SerialPortEntry &b) {
                         if (a.hasIds != b.hasIds)
                             return a.hasIds;
                         return a.name < b.name;
                     });
    return ports;
}

QList<qint32> SerialPortSession::standardBaudRates()
{
    return {300, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 74880,
            115200, 230400, 250000, 460800, 500000, 921600, 1000000, 2000000};
}

static QString systemPath(const QString &port)
{
    if (port.startsWith(QLatin1Char('/')))
        return port;
    return QStringLiteral("/dev/") + port;
}

// QSerialPort reports both "permission denied" and "busy" (lock file or TIOCEXCL) as
// PermissionError on Unix; tell them apart by asking whether we could open the node at all.
static bool accessDenied(const QString &port)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(systemPath(port));
    if (::access(path.constData(), R_OK | W_OK) != 0)
        return errno == EACCES || errno == EPERM;
    return false;
#else
    Q_UNUSED(port);
    return false;
#endif
}

QString SerialPortSession::describeError(QSerialPort::SerialPortError error, const QString &port,
                                         const QString &systemText)
{
    switch (error) {
    case QSerialPort::NoError:
        return {};
    case QSerialPort::DeviceNotFoundError:
        return tr("%1 was not found: is the board plugged in? Press Refresh to list the "
                  "ports again.")
            .arg(port);
    case QSerialPort::PermissionError:
        if (accessDenied(port))
            return tr("Permission denied opening %1. On Linux, add yourself to the dialout and "
                      "plugdev groups (sudo usermod -aG dialout,plugdev $USER) and install "
                      "Marmot's udev rules, then log out and back in.")
                .arg(port);
        return tr("%1 is in use by another program (another serial monitor, a flashing tool "
                  "or ModemManager). Close it there, then press Connect again.")
            .arg(port);
    case QSerialPort::OpenError:
        return tr("%1 is already open.").arg(port);
    case QSerialPort::ResourceError:
        return tr("The connection to %1 was lost: the board was unplugged or reset. Plug it "
                  "back in and press Connect.")
            .arg(port);
    case QSerialPort::UnsupportedOperationError:
        return tr("%1 does not accept serial settings (%2): is it really a serial port?")
            .arg(port, systemText);
    case QSerialPort::NotOpenError:
        return tr("%1 is not open: press Connect first.").arg(port);
    case QSerialPort::WriteError:
        return tr("Could not send to %1 (%2).").arg(port, systemText);
    case QSerialPort::ReadError:
        // A read failing for good (EIO, ENXIO, ENOTTY) is what an unplug looks like on ptys
        // and on some USB serial drivers.
        return tr("The connection to %1 was lost: the board was unplugged or reset (%2). "
                  "Plug it back in and press Connect.")
            .arg(port, systemText);
    case QSerialPort::TimeoutError:
        return tr("%1 did not answer in time.").arg(port);
    default:
        return tr("Serial port %1: %2").arg(port, systemText);
    }
}

bool SerialPortSession::open(const QString &port, qint32 baudRate)
{
    close();
    m_lastError.clear();
    m_portName = port;
    m_baudRate = baudRate;
    if (port.trimmed().isEmpty()) {
        fail(tr("Choose a serial port first (plug in the board and press Refresh)."));
        return false;
    }
    // A fresh QSerialPort per connection: no state carried over from an unplugged device.
    m_port = new QSerialPort(this);
    m_port->setPortName(port);
    m_port->setBaudRate(baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString message = describeError(m_port->error(), port, m_port->errorString());
        m_port->deleteLater();
        m_port = nullptr;
        fail(message);
        return false;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialPortSession::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialPortSession::onError);
    emit opened(port, baudRate);
    return true;
}

void SerialPortSession::close()
{
    if (!m_port || m_closing)
        return;
    m_closing = true;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    if (port->isOpen()) {
        // Best effort: drop what a dead device will never take, do not wait for it.
        port->clear();
        port->close();
    }
    port->deleteLater();
    m_closing = false;
    emit closed();
}

bool SerialPortSession::isOpen() const { return m_port && m_port->isOpen(); }

bool SerialPortSession::setBaudRate(qint32 baudRate)
{
    m_baudRate = baudRate;
    if (!isOpen())
        return true;
    if (!m_port->setBaudRate(baudRate)) {
        fail(describeError(m_port->error(), m_portName, m_port->errorString()));
        return false;
    }
    return true;
}

bool SerialPortSession::write(const QByteArray &data)
{
    if (!isOpen()) {
        fail(describeError(QSerialPort::NotOpenError, m_portName.isEmpty() ? tr("The serial port")
                                                                            : m_portName,
                           {}));
        return false;
    }
    if (data.isEmpty())
        return true;
    return m_port->write(data) == data.size();
}

void SerialPortSession::onReadyRead()
{
    if (!m_port)
        return;
    const QByteArray data = m_port->readAll();
    if (!data.isEmpty())
        emit dataReceived(data);
}

void SerialPortSession::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || !m_port)
        return;
    if (error == QSerialPort::TimeoutError)
        return; // only from blocking waits, which we never use
    const QString message = describeError(error, m_portName, m_port->errorString());
    const bool fatal = error == QSerialPort::ResourceError || error == QSerialPort::ReadError
                       || error == QSerialPort::PermissionError
                       || error == QSerialPort::DeviceNotFoundError;
    m_port->clearError();
    fail(message);
    if (fatal) {
        // Close outside QSerialPort's own signal emission.
        QPointer<QSerialPort> failed = m_port;
        QTimer::singleShot(0, this, [this, failed] {
            if (failed && failed == m_port)
                close();
        });
    }
}

void SerialPortSession::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace marmot::serial
