// SerialPortSession: one real serial port (QSerialPort) opened 8N1, with bytes in as a signal,
// bytes out through write(), and every failure turned into a sentence a student can act on.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSerialPort>
#include <QString>

namespace marmot::serial {

// One port as listed by the system.
struct SerialPortEntry {
    QString name;           // "ttyACM0"
    QString systemLocation; // "/dev/ttyACM0"
    QString description;    // "Pico", "CP2102 USB to UART Bridge Controller", ...
    QString manufacturer;
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasIds = false;

    QString vidPid() const;  // "2e8a:000a" or empty
    QString label() const;   // "ttyACM0 — Pico (2e8a:000a)"
};

class SerialPortSession : public QObject {
    Q_OBJECT
public:
    explicit SerialPortSession(QObject *parent = nullptr);
    ~SerialPortSession() override;

    static QList<SerialPortEntry> availablePorts();
    static QList<qint32> standardBaudRates();

    // Opens `port` (a name like "ttyUSB0" or a full path) at `baudRate`, 8 data bits, no parity,
    // one stop bit, no flow control. Returns false and sets lastError() on failure.
    bool open(const QString &port, qint32 baudRate);
    void close();
    bool isOpen() const;
    QString portName() const { return m_portName; }
    qint32 baudRate() const { return m_baudRate; }
    bool setBaudRate(qint32 baudRate);

    // Queues bytes for sending; returns false (and reports) when the port is closed or failed.
    bool write(const QByteArray &data);

    QString lastError() const { return m_lastError; }

    // The user-facing sentence for a QSerialPort error while opening / using `port`.
    static QString describeError(QSerialPort::SerialPortError error, const QString &port,
                                 const QString &systemText);

signals:
    void dataReceived(const QByteArray &data);
    void opened(const QString &port, qint32 baudRate);
    void closed();
    void errorOccurred(const QString &message);

private:
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void fail(const QString &message);

    QSerialPort *m_port = nullptr;
    QString m_portName;
    qint32 m_baudRate = 115200;
    QString m_lastError;
    bool m_closing = false;
};

} // namespace marmot::serial
