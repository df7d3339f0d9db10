// PlotLegend: chip layout (wrapping), painting and click handling.
#include "plot_legend.h"

#include <QMouseEvent>
#include <QPainter>

namespace marmot::serial {

namespace {
constexpr int ChipHeight = 22;
constexpr int Gap = 6;
constexpr int Swatch = 10;
} // namespace

PlotLegend::PlotLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("plotLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click a series to hide or show it"));
    m_valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("-000.000"));
}

void PlotLegend::setItems(const QStringList &names, const QVector<QColor> &colors,
                          const QVector<bool> &visible, const QStringList &values)
{
    const bool structural = names != m_names || visible != m_visible;
    m_names = names;
    m_colors = colors;
    m_visible = visible;
    m_values = values;
    for (const QString &v : values)
        m_valueWidth = qMax(m_valueWidth, fontMetrics().horizontalAdvance(v));
    if (structural)
        relayout();
    update();
}

int PlotLegend::chipWidth(int i) const
{
    return 8 + Swatch + 6 + fontMetrics().horizontalAdvance(m_names[i]) + 8 + m_valueWidth + 8;
}

QVector<QRect> PlotLegend::layoutFor(int width) const
{
    QVector<QRect> rects;
    int x = 0;
    int y = 0;
    for (int i = 0; i < m_names.size(); ++i) {
        const int w = chipWidth(i);
        if (x > 0 && x + w > width) {
            x = 0;
            y += ChipHeight + 4;
        }
        rects.append(QRect(x, y, w, ChipHeight));
        x += w + Gap;
    }
    return rects;
}

int PlotLegend::heightForWidth(int width) const
{
    const QVector<QRect> rects = layoutFor(width);
    return rects.isEmpty() ? ChipHeight : rects.last().bottom() + 1;
}

QSize PlotLegend::sizeHint() const { return {400, heightForWidth(qMax(width(), 100))}; }

void PlotLegend::relayout()
{
    const int before = m_rects.isEmpty() ? ChipHeight : m_rects.last().bottom() + 1;
    m_rects = layoutFor(width());
    const int after = m_rects.isEmpty() ? ChipHeight : m_rects.last().bottom() + 1;
    if (before != after || minimumHeight() != after) {
        setMinimumHeight(after);
        updateGeometry();
    }
}

void PlotLegend::resizeEvent(QResizeEvent *) { relayout(); }

QRect PlotLegend::itemRect(int i) const
{
    return i >= 0 && i < m_rects.size() ? m_rects[i] : QRect();
}

void PlotLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm = fontMetrics();
    if (m_names.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("No series yet"));
        return;
    }
    for (int i = 0; i < m_names.size() && i < m_rects.size(); ++i) {
        const QRect r = m_rects[i];
        const bool on = m_visible.value(i, true);
        const QColor color = m_colors.value(i, Qt::gray);
        QColor fill = color;
        fill.setAlpha(on ? 40 : 12);
        p.setPen(QPen(on ? color : palette().color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), ChipHeight / 2.0,
                          ChipHeight / 2.0);
        const QRect swatch(r.left() + 8, r.center().y() - Swatch / 2 + 1, Swatch, Swatch);
        p.setPen(Qt::NoPen);
        p.setBrush(on ? color : QColor(color.red(), color.green(), color.blue(), 70));
        p.drawEllipse(swatch);
        QFont f = font();
        f.setStrikeOut(!on);
        p.setFont(f);
        const int textX = swatch.right() + 7;
        p.setPen(on ? palette().color(QPalette::WindowText)
                    : palette().color(QPalette::PlaceholderText));
        const int nameWidth = fm.horizontalAdvance(m_names[i]);
        p.drawText(QRect(textX, r.top(), nameWidth + 2, r.height()), Qt::AlignVCenter,
                   m_names[i]);
        f.setStrikeOut(false);
        f.setBold(true);
        p.setFont(f);
        p.setPen(on ? color.darker(150) : palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(textX + nameWidth + 8, r.top(), m_valueWidth + 4, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, m_values.value(i));
        p.setFont(font());
    }
}

void PlotLegend::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects[i].contains(event->position().toPoint())) {
            emit itemClicked(i);
            return;
        }
    }
}

} // namespace marmot::serial
