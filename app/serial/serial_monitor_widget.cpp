// SerialMonitorWidget: layout, receive path (buffer → pending pieces → batched view updates),
// hex view, pause, autoscroll, logging, sending, and the real port's session.
#include "serial_monitor_widget.h"

#include "hex_dump.h"
#include "monitor_find_bar.h"
#include "monitor_highlighter.h"
#include "port_connection_bar.h"
#include "serial_port_session.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace marmot::serial {

namespace {
constexpr int FlushIntervalMs = 30;
constexpr qint64 MaxPendingBytes = 2 * 1024 * 1024;
constexpr qint64 HexViewBytes = 64 * 1024; // the hex view shows the last 4096 rows

QToolButton *makeToggle(QWidget *parent, const char *name, const QString &text,
                        const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

SerialMonitorWidget::SerialMonitorWidget(QWidget *parent)
    : QWidget(parent), m_session(new SerialPortSession(this)), m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SerialMonitorWidget::flush);
    buildUi();

    connect(m_session, &SerialPortSession::dataReceived, this, [this](const QByteArray &data) {
        receive(data);
        emit portDataReceived(data);
    });
    connect(m_session, &SerialPortSession::errorOccurred, this, [this](const QString &message) {
        if (!m_reconnecting) // failed retries while the board comes back stay quiet
            showError(message);
    });
    connect(m_session, &SerialPortSession::closed, this, &SerialMonitorWidget::onSessionClosed);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(1000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SerialMonitorWidget::tryReconnect);
    connect(m_portBar, &PortConnectionBar::connectRequested, this, &SerialMonitorWidget::openPort);
    connect(m_portBar, &PortConnectionBar::disconnectRequested, this,
            &SerialMonitorWidget::closePort);
    connect(m_portBar, &PortConnectionBar::baudRateChanged, this, [this](qint32 baud) {
        if (m_session->isOpen()) {
            m_session->setBaudRate(baud);
            updateSourceLabel();
        }
    });
    loadSettings();
    updateSourceLabel();
    updateStatus();
}

SerialMonitorWidget::~SerialMonitorWidget() = default;

void SerialMonitorWidget::buildUi()
{
    m_portBar = new PortConnectionBar(this);
    m_timestampsButton = makeToggle(this, "timestampsButton", tr("Timestamps"),
                                    tr("Show when each line arrived (ms precision)"));
    m_hexButton = makeToggle(this, "hexButton", tr("Hex"),
                             tr("Show the raw bytes: offset, hex and ASCII"));
    m_pauseButton = makeToggle(this, "pauseButton", tr("Pause"),
                               tr("Freeze the view; output keeps being received"));
    m_autoscrollButton = makeToggle(this, "autoscrollButton", tr("Autoscroll"),
                                    tr("Follow new output (stops when you scroll up)"));
    m_autoscrollButton->setChecked(true);
    m_logButton = makeToggle(this, "logButton", tr("Log…"),
                             tr("Append everything received to a file"));
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAutoRaise(true);
    m_clearButton->setToolTip(tr("Clear the output"));

    // The view options sit right of the port controls, or on a second row when the dock is
    // narrow (see resizeEvent).
    m_options = new QWidget(this);
    m_options->setObjectName(QStringLiteral("viewOptions"));
    m_options->setMinimumWidth(1); // never forces the dock wider: it wraps instead
    auto *options = new QHBoxLayout(m_options);
    options->setContentsMargins(0, 0, 0, 0);
    options->setSpacing(2);
    m_optionsSeparator = new QFrame(m_options);
    m_optionsSeparator->setFrameShape(QFrame::VLine);
    m_optionsSeparator->setFrameShadow(QFrame::Sunken);
    options->addWidget(m_optionsSeparator);
    for (QToolButton *b : {m_timestampsButton, m_hexButton, m_pauseButton, m_autoscrollButton,
                           m_logButton, m_clearButton}) {
        b->setParent(m_options);
        options->addWidget(b);
    }
    m_toolbar = new QHBoxLayout;
    m_toolbar->setSpacing(2);
    m_toolbar->addWidget(m_portBar);
    m_toolbar->addStretch(1);
    m_toolbar->addWidget(m_options);
    m_toolbarSecondRow = new QHBoxLayout;
    m_toolbarSecondRow->setSpacing(2);
    m_toolbarSecondRow->addStretch(1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
        " border-radius: 4px; padding: 4px 8px; }"));
    m_errorLabel->hide();

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("view"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setMaximumBlockCount(m_buffer.limits().maxLines + 1);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setWordWrapMode(QTextOption::WrapAnywhere);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    m_view->setPlaceholderText(tr("Nothing received yet.\nRun a program on an emulated board, "
                                  "or pick your board's port above and press Connect."));
    m_view->setStyleSheet(QStringLiteral(
        "QPlainTextEdit { background: #1e2030; color: #e2e6f3; border: 1px solid #2f3349;"
        " border-radius: 4px; selection-background-color: #3d4a7a; padding: 2px; }"));
    m_highlighter = new MonitorHighlighter(m_view->document());
    m_findBar = new MonitorFindBar(m_view, this);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] { m_findBar->activate(); });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_view->createStandardContextMenu(pos);
        menu->addSeparator();
        menu->addAction(tr("Find…"), QKeySequence::Find, m_findBar, &MonitorFindBar::activate);
        menu->addAction(tr("Clear"), this, &SerialMonitorWidget::clear);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("inputEdit"));
    m_input->setPlaceholderText(tr("Message for the board — Enter sends, ↑/↓ for history"));
    m_input->setFont(mono);
    m_input->installEventFilter(this);
    m_lineEnding = new QComboBox(this);
    m_lineEnding->setObjectName(QStringLiteral("lineEndingCombo"));
    m_lineEnding->addItem(tr("No line ending"), int(LineEnding::None));
    m_lineEnding->addItem(tr("New line (LF)"), int(LineEnding::LF));
    m_lineEnding->addItem(tr("Carriage return (CR)"), int(LineEnding::CR));
    m_lineEnding->addItem(tr("Both (CR+LF)"), int(LineEnding::CRLF));
    m_lineEnding->setCurrentIndex(1);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, [this] {
        saveSetting(QStringLiteral("lineEnding"), m_lineEnding->currentData());
    });
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    auto *inputRow = new QHBoxLayout;
    inputRow->setSpacing(4);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_lineEnding);
    inputRow->addWidget(m_sendButton);

    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_statusLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_sourceLabel, 1);
    statusRow->addWidget(m_statusLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(m_toolbar);
    layout->addLayout(m_toolbarSecondRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(inputRow);
    layout->addLayout(statusRow);

    connect(m_timestampsButton, &QToolButton::toggled, this,
            &SerialMonitorWidget::setTimestampsEnabled);
    connect(m_hexButton, &QToolButton::toggled, this, &SerialMonitorWidget::setHexView);
    connect(m_pauseButton, &QToolButton::toggled, this, &SerialMonitorWidget::setPaused);
    connect(m_autoscrollButton, &QToolButton::toggled, this, &SerialMonitorWidget::setAutoscroll);
    connect(m_logButton, &QToolButton::toggled, this, &SerialMonitorWidget::onLogToggled);
    connect(m_clearButton, &QToolButton::clicked, this, &SerialMonitorWidget::clear);
    connect(m_input, &QLineEdit::returnPressed, this, &SerialMonitorWidget::onSend);
    connect(m_sendButton, &QPushButton::clicked, this, &SerialMonitorWidget::onSend);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_programmaticScroll)
            return;
        const bool atEnd = value >= m_view->verticalScrollBar()->maximum();
        if (atEnd != m_follow) {
            m_follow = atEnd;
            QSignalBlocker block(m_autoscrollButton);
            m_autoscrollButton->setChecked(atEnd);
        }
    });
}

void SerialMonitorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Output that arrived while the dock was tabbed away: land on the newest line.
    QTimer::singleShot(0, this, &SerialMonitorWidget::scrollToEndIfFollowing);
}

void SerialMonitorWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_follow)
        QTimer::singleShot(0, this, &SerialMonitorWidget::scrollToEndIfFollowing);
    const bool wide = width() >= m_portBar->sizeHint().width() + m_options->sizeHint().width() + 12;
    const bool onFirstRow = m_toolbar->indexOf(m_options) >= 0;
    if (wide == onFirstRow)
        return;
    if (wide) {
        m_toolbarSecondRow->removeWidget(m_options);
        m_toolbar->addWidget(m_options);
    } else {
        m_toolbar->removeWidget(m_options);
        m_toolbarSecondRow->insertWidget(0, m_options);
    }
    m_optionsSeparator->setVisible(wide);
}

// ---- receiving -------------------------------------------------------------------------

void SerialMonitorWidget::appendBytes(const QByteArray &data) { receive(data); }

void SerialMonitorWidget::receive(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    if (m_log.isOpen())
        m_log.write(data);
    const QList<MonitorPiece> pieces = m_buffer.append(data, QDateTime::currentMSecsSinceEpoch());
    m_pendingBytes += data.size();
    if (!m_hex && !m_needsFullRender) {
        for (const MonitorPiece &p : pieces) {
            if (p.startsLine)
                ++m_pendingLines;
        }
        if (m_pendingLines > m_buffer.limits().maxLines || m_pendingBytes > MaxPendingBytes) {
            // Too much for an incremental update: redraw from the buffer's tail instead.
            m_needsFullRender = true;
            m_pending.clear();
        } else {
            for (const MonitorPiece &p : pieces) {
                if (!p.startsLine && !m_pending.isEmpty())
                    m_pending.back().text += p.text;
                else
                    m_pending.append(p);
            }
        }
    }
    scheduleFlush();
}

void SerialMonitorWidget::appendNote(const QString &text)
{
    const MonitorPiece piece = m_buffer.addNote(text, QDateTime::currentMSecsSinceEpoch());
    if (!m_hex && !m_needsFullRender) {
        ++m_pendingLines;
        m_pending.append(piece);
    }
    scheduleFlush();
}

void SerialMonitorWidget::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void SerialMonitorWidget::flush()
{
    m_flushTimer->stop();
    if (m_log.isOpen())
        m_log.flush();
    if (!m_paused) {
        if (m_hex)
            flushHex();
        else
            flushText();
        m_pendingBytes = 0;
        if (m_findBar->isVisible())
            m_findBar->refreshMatches();
    }
    updateStatus();
}

void SerialMonitorWidget::flushText()
{
    if (m_needsFullRender) {
        renderAll();
        return;
    }
    if (m_pending.isEmpty())
        return;
    const QString text = m_renderer.renderPieces(m_pending, m_viewHasLines);
    for (const MonitorPiece &p : m_pending)
        m_viewHasLines = m_viewHasLines || p.startsLine;
    m_pending.clear();
    m_pendingLines = 0;
    // The view trims by line count only; long lines could make it outgrow the buffer's byte
    // bound, so re-sync from the buffer once it may have (a rough upper estimate).
    m_viewChars += text.size();
    if (m_viewChars > 2 * m_buffer.limits().maxTextBytes) {
        renderAll();
        return;
    }
    m_programmaticScroll = true;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    m_programmaticScroll = false;
    scrollToEndIfFollowing();
}

void SerialMonitorWidget::flushHex()
{
    const qint64 total = m_buffer.totalBytes();
    if (total == m_hexShownEnd && !m_needsFullRender)
        return;
    const qint64 rowStart = m_hexShownEnd - m_hexShownEnd % HexDump::BytesPerRow;
    if (m_needsFullRender || rowStart < m_buffer.rawStartOffset() || total - rowStart > HexViewBytes
        || total < m_hexShownEnd) {
        renderAll();
        return;
    }
    m_programmaticScroll = true;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    QString prefix;
    if (m_hexShownEnd % HexDump::BytesPerRow != 0) {
        // The last row was partial: draw it again, completed.
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else if (!m_view->document()->isEmpty()) {
        prefix = QStringLiteral("\n");
    }
    const QByteArray bytes = m_buffer.raw().mid(rowStart - m_buffer.rawStartOffset());
    cursor.insertText(prefix + HexDump::format(bytes, rowStart));
    m_programmaticScroll = false;
    m_hexShownEnd = total;
    scrollToEndIfFollowing();
}

void SerialMonitorWidget::renderAll()
{
    m_programmaticScroll = true;
    m_highlighter->setModes(m_renderer.timestamps(), m_hex);
    if (m_hex) {
        m_view->setMaximumBlockCount(int(HexViewBytes / HexDump::BytesPerRow) + 2);
        const QByteArray &raw = m_buffer.raw();
        qint64 start = qMax(m_buffer.rawStartOffset(), m_buffer.totalBytes() - HexViewBytes);
        start -= start % HexDump::BytesPerRow;
        start = qMax(start, m_buffer.rawStartOffset());
        m_view->setPlainText(
            HexDump::format(raw.mid(start - m_buffer.rawStartOffset()), start));
        m_hexShownEnd = m_buffer.totalBytes();
    } else {
        m_view->setMaximumBlockCount(m_buffer.limits().maxLines + 1);
        const QString text = m_renderer.renderAll(m_buffer);
        m_viewChars = text.size();
        m_view->setPlainText(text);
        m_viewHasLines = !m_buffer.lines().empty();
    }
    m_pending.clear();
    m_pendingLines = 0;
    m_needsFullRender = false;
    m_programmaticScroll = false;
    scrollToEndIfFollowing();
}

void SerialMonitorWidget::scrollToEndIfFollowing()
{
    if (!m_follow)
        return;
    m_programmaticScroll = true;
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum());
    m_programmaticScroll = false;
}

// ---- view options ----------------------------------------------------------------------

void SerialMonitorWidget::setTimestampsEnabled(bool on)
{
    {
        QSignalBlocker block(m_timestampsButton);
        m_timestampsButton->setChecked(on);
    }
    if (on == m_renderer.timestamps())
        return;
    m_renderer.setTimestamps(on);
    saveSetting(QStringLiteral("timestamps"), on);
    if (!m_hex)
        renderAll();
}

void SerialMonitorWidget::setHexView(bool on)
{
    {
        QSignalBlocker block(m_hexButton);
        m_hexButton->setChecked(on);
    }
    if (on == m_hex)
        return;
    m_hex = on;
    m_view->setLineWrapMode(on ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_timestampsButton->setEnabled(!on);
    renderAll();
}

void SerialMonitorWidget::setPaused(bool paused)
{
    {
        QSignalBlocker block(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    flush();
}

void SerialMonitorWidget::setAutoscroll(bool on)
{
    m_follow = on;
    {
        QSignalBlocker block(m_autoscrollButton);
        m_autoscrollButton->setChecked(on);
    }
    scrollToEndIfFollowing();
}

void SerialMonitorWidget::clear()
{
    m_buffer.clear();
    m_renderer.reset();
    m_pending.clear();
    m_pendingLines = 0;
    m_pendingBytes = 0;
    m_needsFullRender = false;
    m_viewHasLines = false;
    m_viewChars = 0;
    m_hexShownEnd = m_buffer.totalBytes();
    m_programmaticScroll = true;
    m_view->clear();
    m_programmaticScroll = false;
    m_errorLabel->hide();
    setAutoscroll(true);
    updateStatus();
}

QString SerialMonitorWidget::viewText() const { return m_view->toPlainText(); }

} // namespace marmot::serial
