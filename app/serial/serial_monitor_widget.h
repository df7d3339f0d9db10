// SerialMonitorWidget: the Serial Monitor dock's contents. Shows what the program prints, either
// handed in by the main window (emulated boards: appendBytes) or read from a real serial port it
// opens itself; timestamps, hex view, pause, autoscroll, logging, and an input line.
#pragma once

#include "monitor_buffer.h"
#include "monitor_text_renderer.h"

#include <QFile>
#include <QWidget>

class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace marmot::serial {

class MonitorFindBar;
class MonitorHighlighter;
class PortConnectionBar;
class SerialPortSession;

class SerialMonitorWidget : public QWidget {
    Q_OBJECT
public:
    enum class LineEnding { None, LF, CR, CRLF };
    Q_ENUM(LineEnding)

    explicit SerialMonitorWidget(QWidget *parent = nullptr);
    ~SerialMonitorWidget() override;

    QString sourceName() const { return m_sourceName; }

    // Real serial port, also driven by the Connect button.
    bool openPort(const QString &port, qint32 baudRate);
    void closePort();
    bool isPortOpen() const;
    // After an unplug, reopen the same port as soon as it comes back (default on).
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool isWaitingToReconnect() const { return !m_reconnectPort.isEmpty(); }
    QString lastError() const { return m_lastError; }

    void setTimestampsEnabled(bool on);
    bool timestampsEnabled() const { return m_renderer.timestamps(); }
    void setHexView(bool on);
    bool isHexView() const { return m_hex; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setAutoscroll(bool on);
    bool autoscroll() const { return m_follow; }

    bool startLog(const QString &path); // appends the raw bytes received from now on
    void stopLog();
    bool isLogging() const { return m_log.isOpen(); }
    QString logPath() const { return m_log.fileName(); }

    void setLineEnding(LineEnding ending);
    LineEnding lineEnding() const;
    // Sends text + the chosen line ending: to the open port, else as sendBytes().
    void sendText(const QString &text);

    // A line of Marmot's own between the board's lines, drawn as "── text ──" (e.g.
    // "program exited (0)"); not logged, not in the hex view. The monitor adds its own for
    // connects, unplugs and each setSourceName().
    void appendNote(const QString &text);

    void flush();             // show pending output now (normally done on a short timer)
    QString viewText() const; // what the view currently shows
    const MonitorBuffer &buffer() const { return m_buffer; }

public slots:
    void appendBytes(const QByteArray &data); // from the emulated board
    void setSourceName(const QString &name);  // e.g. "Emulated cortex-m-qemu"
    void clear();

signals:
    void sendBytes(const QByteArray &data);       // for the emulator's stdin
    void portDataReceived(const QByteArray &data); // bytes read from the real port
    void portOpenChanged(bool open);

private:
    void buildUi();
    void receive(const QByteArray &data);
    void scheduleFlush();
    void flushText();
    void flushHex();
    void renderAll();
    void scrollToEndIfFollowing();
    void updateStatus();
    void updateSourceLabel();
    void showError(const QString &message);
    void onLogToggled(bool on);
    void onSend();
    void onSessionClosed();
    void tryReconnect();
    void stopReconnecting();
    void loadSettings();
    void saveSetting(const QString &key, const QVariant &value);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

    MonitorBuffer m_buffer;
    MonitorTextRenderer m_renderer;
    QList<MonitorPiece> m_pending;
    qint64 m_pendingLines = 0;
    qint64 m_pendingBytes = 0;
    bool m_needsFullRender = false;
    bool m_viewHasLines = false;
    qint64 m_viewChars = 0;   // characters inserted since the last full render
    qint64 m_hexShownEnd = 0; // stream offset up to which the hex view is drawn

    bool m_hex = false;
    bool m_paused = false;
    bool m_follow = true;
    bool m_programmaticScroll = false;
    QString m_sourceName;
    QString m_lastError;
    QFile m_log;
    bool m_autoReconnect = true;
    bool m_userClosing = false;
    bool m_reconnecting = false;
    QString m_reconnectPort;
    qint32 m_reconnectBaud = 115200;
    QTimer *m_reconnectTimer;
    QStringList m_history;
    int m_historyPos = 0;

    SerialPortSession *m_session;
    QTimer *m_flushTimer;
    PortConnectionBar *m_portBar;
    QHBoxLayout *m_toolbar;
    QHBoxLayout *m_toolbarSecondRow;
    QWidget *m_options;
    QFrame *m_optionsSeparator;
    QLabel *m_sourceLabel;
    QToolButton *m_timestampsButton;
    QToolButton *m_hexButton;
    QToolButton *m_pauseButton;
    QToolButton *m_autoscrollButton;
    QToolButton *m_logButton;
    QToolButton *m_clearButton;
    QLabel *m_errorLabel;
    QPlainTextEdit *m_view;
    MonitorHighlighter *m_highlighter;
    MonitorFindBar *m_findBar;
    QLineEdit *m_input;
    QComboBox *m_lineEnding;
    QPushButton *m_sendButton;
    QLabel *m_statusLabel;
};

} // namespace marmot::serial
