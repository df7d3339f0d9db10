// PortConnectionBar: port list (USB boards first, VID:PID in the label), baud list, Connect.
#include "port_connection_bar.h"

#include "serial_port_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QAbstractItemView>

namespace marmot::serial {

PortConnectionBar::PortConnectionBar(QWidget *parent) : QWidget(parent)
{
    m_ports = new QComboBox(this);
    m_ports->setObjectName(QStringLiteral("portCombo"));
    m_ports->setEditable(true); // a path such as /dev/pts/3 can be typed in
    m_ports->setInsertPolicy(QComboBox::NoInsert);
    m_ports->setMinimumContentsLength(10);
    m_ports->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ports->setMinimumWidth(120); // long board names may be cut in narrow docks
    m_ports->setMaximumWidth(420);
    m_ports->lineEdit()->setPlaceholderText(tr("No board found"));
    m_ports->setToolTip(tr("Serial port of a real board"));

    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Look for serial ports again"));

    m_baud = new QComboBox(this);
    m_baud->setObjectName(QStringLiteral("baudCombo"));
    m_baud->setEditable(true);
    m_baud->setInsertPolicy(QComboBox::NoInsert);
    m_baud->lineEdit()->setValidator(new QIntValidator(50, 20000000, m_baud));
    for (qint32 rate : SerialPortSession::standardBaudRates())
        m_baud->addItem(QString::number(rate) + tr(" baud"), rate);
    setBaudRate(115200);
    m_baud->setToolTip(tr("Speed: must match the rate the program uses for its UART"));

    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setToolTip(tr("Open the selected port and show what the board prints"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_ports);
    layout->addWidget(m_refresh);
    layout->addWidget(m_baud);
    layout->addWidget(m_connect);

    connect(m_refresh, &QToolButton::clicked, this, &PortConnectionBar::refreshPorts);
    connect(m_connect, &QPushButton::clicked, this, &PortConnectionBar::onConnectClicked);
    connect(m_baud, &QComboBox::currentTextChanged, this,
            [this] { emit baudRateChanged(baudRate()); });
    m_knownPorts.clear();
    refreshPorts();

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(2000);
    connect(m_pollTimer, &QTimer::timeout, this, &PortConnectionBar::pollPorts);
    m_pollTimer->start();
}

void PortConnectionBar::refreshPorts()
{
    const QString current = portName();
    const auto ports = SerialPortSession::availablePorts();
    QStringList locations;
    for (const SerialPortEntry &p : ports)
        locations << p.systemLocation;
    // A board that was just plugged in (USB, so it has VID:PID) becomes the selection.
    QString plugged;
    if (!m_knownPorts.isEmpty() || m_ports->count() > 0) {
        for (const SerialPortEntry &p : ports) {
            if (p.hasIds && !m_knownPorts.contains(p.systemLocation)) {
                plugged = p.systemLocation;
                break;
            }
        }
    }
    m_knownPorts = locations;
    m_ports->clear();
    for (const SerialPortEntry &p : ports) {
        m_ports->addItem(p.label(), p.systemLocation);
        QString tip = p.systemLocation;
        if (!p.manufacturer.isEmpty())
            tip += QLatin1Char('\n') + p.manufacturer;
        if (p.hasIds)
            tip += QStringLiteral("\nUSB %1").arg(p.vidPid());
        m_ports->setItemData(m_ports->count() - 1, tip, Qt::ToolTipRole);
    }
    const int keep = m_ports->findData(plugged.isEmpty() ? current : plugged);
    if (keep >= 0)
        m_ports->setCurrentIndex(keep);
    else if (current.isEmpty() && m_ports->count() > 0)
        m_ports->setCurrentIndex(0); // the likeliest board is listed first
    else
        m_ports->setEditText(current); // a typed path, or nothing
}

void PortConnectionBar::pollPorts()
{
    // Cheap enough every couple of seconds; never while the user looks at the list.
    if (m_connected || !isVisible() || m_ports->view()->isVisible()
        || m_ports->lineEdit()->hasFocus())
        return;
    QStringList locations;
    for (const SerialPortEntry &p : SerialPortSession::availablePorts())
        locations << p.systemLocation;
    if (locations != m_knownPorts)
        refreshPorts();
}

QString PortConnectionBar::portName() const
{
    const int i = m_ports->currentIndex();
    if (i >= 0 && m_ports->itemText(i) == m_ports->currentText())
        return m_ports->itemData(i).toString();
    return m_ports->currentText().trimmed();
}

qint32 PortConnectionBar::baudRate() const
{
    QString text = m_baud->currentText();
    text.remove(tr(" baud"));
    bool ok = false;
    const qint32 rate = text.trimmed().toInt(&ok);
    return ok && rate > 0 ? rate : 115200;
}

void PortConnectionBar::setBaudRate(qint32 baud)
{
    const int i = m_baud->findData(baud);
    if (i >= 0)
        m_baud->setCurrentIndex(i);
    else
        m_baud->setEditText(QString::number(baud));
}

void PortConnectionBar::setConnected(bool connected)
{
    m_connected = connected;
    m_connect->setText(connected ? tr("Disconnect") : tr("Connect"));
    m_connect->setToolTip(connected ? tr("Close the port so other tools (flashers) can use it")
                                    : tr("Open the selected port and show what the board prints"));
    m_ports->setEnabled(!connected);
    m_refresh->setEnabled(!connected);
}

void PortConnectionBar::onConnectClicked()
{
    if (m_connected)
        emit disconnectRequested();
    else
        emit connectRequested(portName(), baudRate());
}

} // namespace marmot::serial
