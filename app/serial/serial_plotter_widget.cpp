// SerialPlotterWidget: data flow (bytes → parser → data set), the 50 Hz redraw, following the
// live end versus paused scroll-back, legend toggles, window sizes and CSV export.
#include "serial_plotter_widget.h"

#include "plot_canvas.h"
#include "plot_legend.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace marmot::serial {

namespace {
constexpr int RefreshIntervalMs = 20; // 50 updates per second
const QColor Palette[] = {QColor(0x4f, 0x8c, 0xff), QColor(0xff, 0x5c, 0x7a),
                          QColor(0x3d, 0xd6, 0x8c), QColor(0xff, 0xb3, 0x47),
                          QColor(0xb9, 0x8a, 0xff), QColor(0x2f, 0xd3, 0xe6),
                          QColor(0xff, 0x8a, 0x4c), QColor(0xe8, 0xe8, 0x6a)};
} // namespace

SerialPlotterWidget::SerialPlotterWidget(QWidget *parent)
    : QWidget(parent), m_timer(new QTimer(this))
{
    buildUi();
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SerialPlotterWidget::refresh);
    updateView();
    updateLegend();
}

SerialPlotterWidget::~SerialPlotterWidget() = default;

QList<int> SerialPlotterWidget::windowSizes()
{
    return {50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000};
}

void SerialPlotterWidget::buildUi()
{
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAutoRaise(true);
    m_pauseButton->setToolTip(tr("Freeze the plot to look at it; data keeps being recorded"));

    auto *windowLabel = new QLabel(tr("Show"), this);
    m_windowCombo = new QComboBox(this);
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    const QLocale locale;
    for (int n : windowSizes())
        m_windowCombo->addItem(tr("%1 points").arg(locale.toString(n)), n);
    m_windowCombo->setCurrentIndex(m_windowCombo->findData(m_window));
    m_windowCombo->setToolTip(tr("How many of the latest samples fit across the plot"));

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setToolTip(tr("Save every recorded point to a spreadsheet-friendly file"));
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAutoRaise(true);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    toolbar->addWidget(m_pauseButton);
    toolbar->addSpacing(6);
    toolbar->addWidget(windowLabel);
    toolbar->addWidget(m_windowCombo);
    toolbar->addSpacing(6);
    toolbar->addWidget(m_exportButton);
    toolbar->addWidget(m_clearButton);
    toolbar->addWidget(m_statusLabel, 1);

    m_legend = new PlotLegend(this);
    m_canvas = new PlotCanvas(&m_data, this);
    m_scrollBar = new QScrollBar(Qt::Horizontal, this);
    m_scrollBar->setObjectName(QStringLiteral("historyScrollBar"));
    m_scrollBar->setToolTip(tr("Scroll back through the recorded history"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_legend);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_scrollBar);

    connect(m_pauseButton, &QToolButton::toggled, this, &SerialPlotterWidget::setPaused);
    connect(m_windowCombo, &QComboBox::activated, this,
            [this](int i) { setWindowSize(m_windowCombo->itemData(i).toInt()); });
    connect(m_exportButton, &QToolButton::clicked, this, &SerialPlotterWidget::onExportClicked);
    connect(m_clearButton, &QToolButton::clicked, this, &SerialPlotterWidget::clear);
    connect(m_legend, &PlotLegend::itemClicked, this,
            [this](int i) { setSeriesVisible(i, !isSeriesVisible(i)); });
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &SerialPlotterWidget::onScrollBar);
    connect(m_canvas, &PlotCanvas::panned, this, &SerialPlotterWidget::onPanned);
    connect(m_canvas, &PlotCanvas::zoomed, this, &SerialPlotterWidget::onZoomed);
}

// ---- data ------------------------------------------------------------------------------

void SerialPlotterWidget::appendBytes(const QByteArray &data)
{
    const auto lines = m_parser.feed(data);
    for (const QList<PlotValue> &values : lines)
        m_data.addSample(values);
    if (!lines.isEmpty()) {
        syncSeries();
        m_dirty = true;
    }
}

void SerialPlotterWidget::syncSeries()
{
    while (m_visible.size() < m_data.seriesCount()) {
        const int i = int(m_visible.size());
        m_visible.append(true);
        m_colors.append(Palette[i % int(std::size(Palette))]);
    }
}

void SerialPlotterWidget::clear()
{
    m_parser.reset();
    m_data.clear();
    m_visible.clear();
    m_colors.clear();
    m_pausedStart = 0;
    m_canvas->resetScale();
    setPaused(false);
    updateView();
    updateLegend();
}

// ---- view ------------------------------------------------------------------------------

qint64 SerialPlotterWidget::viewStart() const
{
    const qint64 first = m_data.firstIndex();
    const qint64 liveStart = qMax(first, m_data.endIndex() - m_window);
    if (!m_paused)
        return liveStart;
    return qBound(first, m_pausedStart, qMax(first, liveStart));
}

void SerialPlotterWidget::refresh()
{
    if (m_dirty) {
        m_dirty = false;
        m_legendDirty = true;
        updateView();
    }
    if (++m_legendTick >= 5 && m_legendDirty) { // legend values at 10 Hz are plenty
        m_legendTick = 0;
        m_legendDirty = false;
        updateLegend();
    }
}

// Redraw only while someone can see the plot (a tabbed-away dock costs nothing).
void SerialPlotterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    m_dirty = true;
    m_legendDirty = true;
    m_legendTick = 5;
    refresh();
}

void SerialPlotterWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void SerialPlotterWidget::updateView()
{
    const qint64 start = viewStart();
    m_canvas->setSeriesAppearance(m_colors, m_visible);
    m_canvas->setView(start, m_window);
    {
        m_updatingScrollBar = true;
        const qint64 first = m_data.firstIndex();
        const qint64 last = qMax(first, m_data.endIndex() - m_window);
        // Scroll bar positions are ints; sample numbers fit for ~2 billion samples.
        m_scrollBar->setRange(int(first), int(last));
        m_scrollBar->setPageStep(m_window);
        m_scrollBar->setSingleStep(qMax(1, m_window / 20));
        m_scrollBar->setValue(int(start));
        m_updatingScrollBar = false;
    }
    const QLocale locale;
    QString status = tr("%n series", nullptr, m_data.seriesCount()) + QStringLiteral(" · ")
                     + tr("%1 samples").arg(locale.toString(m_data.endIndex()));
    if (m_paused)
        status += QStringLiteral(" · ") + tr("paused at %1").arg(locale.toString(start));
    m_statusLabel->setText(status);
}

void SerialPlotterWidget::updateLegend()
{
    QStringList values;
    for (int i = 0; i < m_data.seriesCount(); ++i) {
        const double v = m_data.series(i).at(m_data.endIndex() - 1);
        values << (std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'g', 6));
    }
    m_legend->setItems(m_data.seriesNames(), m_colors, m_visible, values);
}

void SerialPlotterWidget::setPaused(bool paused)
{
    if (paused && !m_paused)
        m_pausedStart = viewStart();
    m_paused = paused;
    {
        QSignalBlocker block(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setToolTip(paused ? tr("Go back to the live end of the plot")
                                     : tr("Freeze the plot to look at it; data keeps being "
                                          "recorded"));
    updateView();
}

void SerialPlotterWidget::setWindowSize(int points)
{
    points = qBound(10, points, m_data.capacity());
    if (points == m_window)
        return;
    // Keep the right edge where it is when paused; at the live end it follows anyway.
    const qint64 end = viewStart() + m_window;
    m_window = points;
    m_pausedStart = end - m_window;
    const int i = m_windowCombo->findData(points);
    if (i >= 0)
        m_windowCombo->setCurrentIndex(i);
    updateView();
}

void SerialPlotterWidget::scrollToSample(qint64 start)
{
    const qint64 liveStart = qMax(m_data.firstIndex(), m_data.endIndex() - m_window);
    if (start >= liveStart) {
        setPaused(false);
        return;
    }
    if (!m_paused)
        setPaused(true);
    m_pausedStart = qMax(start, m_data.firstIndex());
    updateView();
}

void SerialPlotterWidget::onScrollBar(int value)
{
    if (m_updatingScrollBar)
        return;
    scrollToSample(value);
}

void SerialPlotterWidget::onPanned(qint64 delta) { scrollToSample(viewStart() + delta); }

void SerialPlotterWidget::onZoomed(int steps)
{
    const QList<int> sizes = windowSizes();
    int i = 0;
    while (i + 1 < sizes.size() && sizes[i] < m_window)
        ++i;
    setWindowSize(sizes[qBound(0, i - steps, int(sizes.size()) - 1)]);
}

void SerialPlotterWidget::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= m_visible.size())
        return;
    m_visible[index] = visible;
    updateView();
    updateLegend();
}

bool SerialPlotterWidget::isSeriesVisible(int index) const { return m_visible.value(index, false); }

QColor SerialPlotterWidget::seriesColor(int index) const { return m_colors.value(index); }

// ---- export ----------------------------------------------------------------------------

bool SerialPlotterWidget::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || !m_data.writeCsv(&file)
        || !file.commit()) {
        m_lastError = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

void SerialPlotterWidget::onExportClicked()
{
    const QString suggestion =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/serial-plot.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plot data"), suggestion,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path))
        m_statusLabel->setText(m_lastError);
}

} // namespace marmot::serial
