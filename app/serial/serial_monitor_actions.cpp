// SerialMonitorWidget, second half: the real port, logging to a file, the input line with its
// history and line endings, and the source / status labels.
#include "serial_monitor_widget.h"

#include "port_connection_bar.h"
#include "serial_port_session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>

namespace marmot::serial {

// ---- real port -------------------------------------------------------------------------

bool SerialMonitorWidget::openPort(const QString &port, qint32 baudRate)
{
    if (!m_reconnecting)
        stopReconnecting();
    m_errorLabel->hide();
    m_userClosing = true; // replacing an open port is not an unplug
    const bool ok = m_session->open(port, baudRate);
    m_userClosing = false;
    if (!ok) {
        m_portBar->setConnected(false);
        return false;
    }
    m_lastError.clear();
    m_portBar->setBaudRate(baudRate);
    m_portBar->setConnected(true);
    saveSetting(QStringLiteral("port"), port);
    saveSetting(QStringLiteral("baud"), baudRate);
    appendNote((m_reconnecting ? tr("%1 is back: reconnected at %2 baud")
                               : tr("connected to %1 at %2 baud"))
                   .arg(port)
                   .arg(baudRate));
    updateSourceLabel();
    updateStatus();
    emit portOpenChanged(true);
    return true;
}

void SerialMonitorWidget::closePort()
{
    stopReconnecting();
    m_userClosing = true;
    m_session->close();
    m_userClosing = false;
}

void SerialMonitorWidget::onSessionClosed()
{
    m_portBar->setConnected(false);
    const QString port = m_session->portName();
    if (m_userClosing) {
        appendNote(tr("disconnected from %1").arg(port));
    } else if (m_autoReconnect && !port.isEmpty()) {
        // Unplugged or reset (flashing does that): wait for the same port to come back.
        appendNote(tr("lost %1: waiting for it to come back").arg(port));
        m_reconnectPort = port;
        m_reconnectBaud = m_session->baudRate();
        m_reconnectTimer->start();
    } else {
        appendNote(tr("lost %1").arg(port));
    }
    updateSourceLabel();
    updateStatus();
    emit portOpenChanged(false);
}

void SerialMonitorWidget::tryReconnect()
{
    if (m_reconnectPort.isEmpty()) {
        m_reconnectTimer->stop();
        return;
    }
    const QString path = m_reconnectPort.startsWith(QLatin1Char('/'))
                             ? m_reconnectPort
                             : QStringLiteral("/dev/") + m_reconnectPort;
    if (!QFile::exists(path))
        return;
    m_reconnecting = true;
    const QString port = m_reconnectPort;
    const bool ok = openPort(port, m_reconnectBaud);
    m_reconnecting = false;
    if (ok) {
        stopReconnecting();
        m_errorLabel->hide();
    }
}

void SerialMonitorWidget::stopReconnecting()
{
    m_reconnectPort.clear();
    m_reconnectTimer->stop();
}

void SerialMonitorWidget::loadSettings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return; // tests and embedders without an identity keep the defaults
    QSettings settings;
    settings.beginGroup(QStringLiteral("serialMonitor"));
    m_portBar->setBaudRate(settings.value(QStringLiteral("baud"), 115200).toInt());
    setLineEnding(LineEnding(settings.value(QStringLiteral("lineEnding"),
                                            int(LineEnding::LF)).toInt()));
    setTimestampsEnabled(settings.value(QStringLiteral("timestamps"), false).toBool());
}

void SerialMonitorWidget::saveSetting(const QString &key, const QVariant &value)
{
    if (QCoreApplication::organizationName().isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("serialMonitor/") + key, value);
}

bool SerialMonitorWidget::isPortOpen() const { return m_session->isOpen(); }

void SerialMonitorWidget::showError(const QString &message)
{
    m_lastError = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

// ---- log to file -----------------------------------------------------------------------

bool SerialMonitorWidget::startLog(const QString &path)
{
    stopLog();
    m_log.setFileName(path);
    const bool ok = m_log.open(QIODevice::WriteOnly | QIODevice::Append);
    if (!ok)
        showError(tr("Could not open %1 for logging: %2").arg(path, m_log.errorString()));
    QSignalBlocker block(m_logButton);
    m_logButton->setChecked(ok);
    m_logButton->setText(ok ? tr("Logging") : tr("Log…"));
    updateStatus();
    return ok;
}

void SerialMonitorWidget::stopLog()
{
    if (m_log.isOpen()) {
        m_log.flush();
        m_log.close();
    }
    QSignalBlocker block(m_logButton);
    m_logButton->setChecked(false);
    m_logButton->setText(tr("Log…"));
    updateStatus();
}

void SerialMonitorWidget::onLogToggled(bool on)
{
    if (!on) {
        stopLog();
        return;
    }
    QString suggestion = m_log.fileName();
    if (suggestion.isEmpty())
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                     + QStringLiteral("/serial-log.txt");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Log serial output to"), suggestion,
        tr("Text files (*.txt *.log);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        QSignalBlocker block(m_logButton);
        m_logButton->setChecked(false);
        return;
    }
    startLog(path);
}

// ---- sending ---------------------------------------------------------------------------

void SerialMonitorWidget::setLineEnding(LineEnding ending)
{
    const int i = m_lineEnding->findData(int(ending));
    if (i >= 0)
        m_lineEnding->setCurrentIndex(i);
}

SerialMonitorWidget::LineEnding SerialMonitorWidget::lineEnding() const
{
    return LineEnding(m_lineEnding->currentData().toInt());
}

void SerialMonitorWidget::sendText(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    switch (lineEnding()) {
    case LineEnding::None:
        break;
    case LineEnding::LF:
        bytes += '\n';
        break;
    case LineEnding::CR:
        bytes += '\r';
        break;
    case LineEnding::CRLF:
        bytes += "\r\n";
        break;
    }
    if (bytes.isEmpty())
        return;
    if (m_session->isOpen())
        m_session->write(bytes);
    else
        emit sendBytes(bytes);
}

void SerialMonitorWidget::onSend()
{
    const QString text = m_input->text();
    sendText(text);
    if (!text.isEmpty() && (m_history.isEmpty() || m_history.last() != text))
        m_history.append(text);
    if (m_history.size() > 100)
        m_history.removeFirst();
    m_historyPos = int(m_history.size());
    m_input->clear();
}

bool SerialMonitorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyPos = qBound(0, m_historyPos + (key == Qt::Key_Up ? -1 : 1),
                                  int(m_history.size()));
            m_input->setText(m_historyPos < m_history.size() ? m_history[m_historyPos]
                                                            : QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- labels ----------------------------------------------------------------------------

void SerialMonitorWidget::setSourceName(const QString &name)
{
    m_sourceName = name;
    if (!name.isEmpty())
        appendNote(name); // marks where this run's output starts
    updateSourceLabel();
}

void SerialMonitorWidget::updateSourceLabel()
{
    QString dot = QStringLiteral("<span style='color:#2eb872'>&#9679;</span> ");
    QString text;
    if (!m_reconnectPort.isEmpty() && !m_session->isOpen()) {
        dot = QStringLiteral("<span style='color:#e0a030'>&#9679;</span> ");
        text = tr("Waiting for <b>%1</b> to come back…").arg(m_reconnectPort.toHtmlEscaped());
    } else if (m_session->isOpen()) {
        text = tr("Live: <b>%1</b> at %2 baud")
                   .arg(m_session->portName().toHtmlEscaped())
                   .arg(m_session->baudRate());
    } else if (!m_sourceName.isEmpty()) {
        text = tr("Live: <b>%1</b>").arg(m_sourceName.toHtmlEscaped());
    } else {
        dot = QStringLiteral("<span style='color:#9aa0b4'>&#9675;</span> ");
        text = tr("No source: run a program or connect a board");
    }
    m_sourceLabel->setText(dot + text);
}

void SerialMonitorWidget::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    const qint64 lines = qint64(m_buffer.lines().size());
    parts << (lines == 1 ? tr("1 line") : tr("%1 lines").arg(locale.toString(lines)));
    parts << locale.formattedDataSize(m_buffer.totalBytes(), 1, QLocale::DataSizeTraditionalFormat);
    if (m_paused)
        parts << tr("paused, %1 waiting")
                     .arg(locale.formattedDataSize(m_pendingBytes, 1,
                                                   QLocale::DataSizeTraditionalFormat));
    if (m_log.isOpen())
        parts << tr("logging to %1").arg(QFileInfo(m_log.fileName()).fileName());
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    m_statusLabel->setToolTip(m_log.isOpen() ? m_log.fileName() : QString());
}

} // namespace marmot::serial
