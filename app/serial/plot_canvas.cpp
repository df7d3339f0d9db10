// PlotCanvas: grid, axes, level-of-detail series drawing and hover read-out.
#include "plot_canvas.h"

#include "plot_data_set.h"
#include "plot_ticks.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace marmot::serial {

namespace {
const QColor Background(0x1e, 0x20, 0x30);
const QColor GridLine(0x2c, 0x30, 0x48);
const QColor AxisText(0x9a, 0xa0, 0xb8);
const QColor ZeroLine(0x4a, 0x50, 0x70);
constexpr int LeftMargin = 64;
constexpr int RightMargin = 12;
constexpr int TopMargin = 10;
constexpr int BottomMargin = 24;
} // namespace

PlotCanvas::PlotCanvas(const PlotDataSet *data, QWidget *parent) : QWidget(parent), m_data(data)
{
    setObjectName(QStringLiteral("plotCanvas"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag or turn the wheel to scroll back; Ctrl+wheel to zoom"));
}

void PlotCanvas::setView(qint64 start, qint64 window)
{
    m_start = start;
    m_window = qMax<qint64>(window, 2);
    update();
}

void PlotCanvas::setSeriesAppearance(const QVector<QColor> &colors, const QVector<bool> &visible)
{
    m_colors = colors;
    m_visible = visible;
    update();
}

void PlotCanvas::resetScale()
{
    m_yLo = 0;
    m_yHi = 0; // an empty range: the next paint takes whatever the data needs
    update();
}

QRect PlotCanvas::plotRect() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

double PlotCanvas::toY(double v, const QRect &area) const
{
    return area.bottom() - (v - m_yLo) / (m_yHi - m_yLo) * (area.height() - 1);
}

void PlotCanvas::autoScale(const QRect &area)
{
    MinMax all;
    for (int s = 0; s < m_data->seriesCount(); ++s) {
        if (s < m_visible.size() && !m_visible[s])
            continue;
        all.add(m_data->series(s).range(m_start, m_start + m_window));
    }
    double lo = all.isValid() ? all.min : -1;
    double hi = all.isValid() ? all.max : 1;
    const double pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
    // Round out to half-tick steps: stable limits that still hug the data.
    PlotTicks::roundOut(lo, hi, qMax(4, area.height() / 20));
    // Grow at once, shrink only when the data uses less than half of the range: a noisy
    // signal should not make the axis twitch every frame.
    const bool inside = m_yHi > m_yLo && lo >= m_yLo && hi <= m_yHi;
    if (inside && (hi - lo) > 0.5 * (m_yHi - m_yLo))
        return;
    m_yLo = lo;
    m_yHi = hi;
}

void PlotCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect area = plotRect();
    if (area.width() < 10 || area.height() < 10)
        return;
    p.setPen(Qt::NoPen);
    p.setBrush(Background);
    p.drawRoundedRect(area.adjusted(-1, -1, 1, 1), 3, 3);
    autoScale(area);
    drawGrid(p, area);
    p.save();
    p.setClipRect(area);
    for (int s = 0; s < m_data->seriesCount(); ++s) {
        if (s < m_visible.size() && !m_visible[s])
            continue;
        drawSeries(p, area, s);
    }
    p.restore();
    if (m_data->endIndex() == 0) {
        p.setPen(AxisText);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Waiting for numbers…\nPrint one line per reading, e.g.  println(t)  or  "
                      "println(\"temp:\", t, \"hum:\", h)"));
    }
    drawHover(p, area);
}

void PlotCanvas::drawGrid(QPainter &p, const QRect &area)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics fm(small);

    const PlotTicks yTicks = PlotTicks::compute(m_yLo, m_yHi, qMax(2, area.height() / 40));
    for (double v : yTicks.values) {
        const int y = int(std::round(toY(v, area)));
        p.setPen(v == 0 ? ZeroLine : GridLine);
        p.drawLine(area.left(), y, area.right(), y);
        p.setPen(AxisText);
        p.drawText(QRect(0, y - fm.height() / 2, LeftMargin - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, yTicks.label(v));
    }
    const PlotTicks xTicks =
        PlotTicks::compute(double(m_start), double(m_start + m_window - 1), qMax(2, area.width() / 90));
    for (double v : xTicks.values) {
        const int x = area.left() + int((v - m_start) / double(m_window) * area.width());
        p.setPen(GridLine);
        p.drawLine(x, area.top(), x, area.bottom());
        p.setPen(AxisText);
        const QString text = QString::number(qint64(v));
        const int w = fm.horizontalAdvance(text);
        const int left = qBound(area.left() - LeftMargin / 2, x - w / 2, width() - w - 2);
        p.drawText(QPoint(left, area.bottom() + 4 + fm.ascent()), text);
    }
}

void PlotCanvas::drawSeries(QPainter &p, const QRect &area, int s)
{
    const PlotSeriesBuffer &series = m_data->series(s);
    const QColor color = s < m_colors.size() ? m_colors[s] : QColor(Qt::white);
    const int width = area.width();
    const double pxPerSample = double(width) / m_window;

    if (m_window <= width) {
        // Few samples: a real polyline through every point, antialiased.
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPolygonF run;
        const qint64 from = qMax(m_start, series.firstIndex());
        const qint64 to = qMin(m_start + m_window, series.endIndex());
        for (qint64 i = from; i < to; ++i) {
            const double v = series.at(i);
            if (std::isnan(v)) {
                if (run.size() > 1)
                    p.drawPolyline(run);
                run.clear();
                continue;
            }
            run.append(QPointF(area.left() + (i - m_start + 0.5) * pxPerSample, toY(v, area)));
        }
        if (run.size() == 1)
            p.drawPoint(run[0]);
        else if (run.size() > 1)
            p.drawPolyline(run);
        return;
    }

    // Many samples: one vertical stroke per pixel column from the min/max envelope, each
    // stretched to touch its neighbour so the trace stays connected.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(color, 1));
    const QVector<MinMax> env = series.envelope(m_start, m_start + m_window, width);
    QVector<QLineF> lines;
    lines.reserve(width);
    MinMax prev;
    for (int c = 0; c < width; ++c) {
        const MinMax &mm = env[c];
        if (!mm.isValid()) {
            prev = MinMax{};
            continue;
        }
        double lo = mm.min;
        double hi = mm.max;
        if (prev.isValid()) {
            lo = std::min(lo, prev.max);
            hi = std::max(hi, prev.min);
        }
        const double x = area.left() + c + 0.5;
        lines.append(QLineF(x, toY(lo, area), x, toY(hi, area) - 0.01));
        prev = mm;
    }
    p.drawLines(lines);
}

void PlotCanvas::drawHover(QPainter &p, const QRect &area)
{
    if (m_hoverX < area.left() || m_hoverX > area.right() || m_data->seriesCount() == 0)
        return;
    const qint64 sample =
        m_start + qint64((m_hoverX - area.left()) / double(area.width()) * m_window);
    if (sample < m_data->firstIndex() || sample >= m_data->endIndex())
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(QColor(255, 255, 255, 90), 1, Qt::DashLine));
    p.drawLine(m_hoverX, area.top(), m_hoverX, area.bottom());

    QStringList rows{tr("sample %1").arg(sample)};
    QVector<QColor> rowColors{AxisText};
    for (int s = 0; s < m_data->seriesCount(); ++s) {
        if (s < m_visible.size() && !m_visible[s])
            continue;
        const double v = m_data->series(s).at(sample);
        if (std::isnan(v))
            continue;
        rows << QStringLiteral("%1  %2").arg(m_data->seriesName(s), QString::number(v, 'g', 8));
        rowColors << (s < m_colors.size() ? m_colors[s] : QColor(Qt::white));
    }
    const QFontMetrics fm(font());
    int w = 0;
    for (const QString &r : rows)
        w = qMax(w, fm.horizontalAdvance(r));
    QRect box(0, area.top() + 6, w + 16, int(rows.size()) * fm.height() + 8);
    box.moveLeft(m_hoverX + 10 + box.width() > area.right() ? m_hoverX - 10 - box.width()
                                                           : m_hoverX + 10);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QColor(0x3d, 0x43, 0x60));
    p.setBrush(QColor(0x16, 0x18, 0x25, 230));
    p.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < rows.size(); ++i) {
        p.setPen(rowColors[i]);
        p.drawText(box.left() + 8, box.top() + 4 + fm.ascent() + i * fm.height(), rows[i]);
    }
}

void PlotCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragX = int(event->position().x());
        m_dragRemainder = 0;
        setCursor(Qt::ClosedHandCursor);
    }
}

void PlotCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = int(event->position().x());
    if (m_dragging) {
        const int x = int(event->position().x());
        const double samples =
            -(x - m_dragX) * double(m_window) / qMax(1, plotRect().width()) + m_dragRemainder;
        const qint64 whole = qint64(samples);
        m_dragRemainder = samples - whole;
        m_dragX = x;
        if (whole != 0)
            emit panned(whole);
    }
    update();
}

void PlotCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

void PlotCanvas::wheelEvent(QWheelEvent *event)
{
    // Accumulate: touchpads send many small deltas, wheels send 120 per notch.
    const QPoint delta = event->angleDelta();
    m_wheelAccumulator += delta.y() != 0 ? delta.y() : -delta.x();
    const int steps = m_wheelAccumulator / 120;
    m_wheelAccumulator -= steps * 120;
    event->accept();
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier)
        emit zoomed(steps);
    else
        emit panned(-steps * qMax<qint64>(1, m_window / 10));
    event->accept();
}

void PlotCanvas::leaveEvent(QEvent *)
{
    m_hoverX = -1;
    update();
}

} // namespace marmot::serial
