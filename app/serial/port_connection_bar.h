// PortConnectionBar: the real-board half of the Serial Monitor's toolbar: port selector (with
// refresh, and a light poll that notices boards being plugged in), baud selector and a
// Connect / Disconnect button. It asks; the monitor connects.
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QToolButton;
class QPushButton;
class QTimer;

namespace marmot::serial {

class PortConnectionBar : public QWidget {
    Q_OBJECT
public:
    explicit PortConnectionBar(QWidget *parent = nullptr);

    QString portName() const;   // the selected port's system path (or what the user typed)
    qint32 baudRate() const;    // 115200 unless the user chose otherwise
    void setBaudRate(qint32 baud);
    void setConnected(bool connected);
    bool isConnected() const { return m_connected; }

public slots:
    void refreshPorts();

signals:
    void connectRequested(const QString &port, qint32 baudRate);
    void disconnectRequested();
    void baudRateChanged(qint32 baudRate);

private:
    void onConnectClicked();
    void pollPorts();

    QComboBox *m_ports;
    QToolButton *m_refresh;
    QComboBox *m_baud;
    QPushButton *m_connect;
    bool m_connected = false;
    QStringList m_knownPorts;
    QTimer *m_pollTimer = nullptr;
};

} // namespace marmot::serial
