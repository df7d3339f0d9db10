// PlotCanvas: the Serial Plotter's drawing surface. Paints the visible sample range of every
// visible series with QPainter from per-pixel-column min/max envelopes, auto-scales Y to nice
// ticks, and reports drags, wheel turns and hover so the plotter can pan and zoom.
#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

namespace marmot::serial {

class PlotDataSet;

class PlotCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PlotCanvas(const PlotDataSet *data, QWidget *parent = nullptr);

    // Shows samples [start, start + window).
    void setView(qint64 start, qint64 window);
    qint64 viewStart() const { return m_start; }
    qint64 viewWindow() const { return m_window; }
    void setSeriesAppearance(const QVector<QColor> &colors, const QVector<bool> &visible);

    QRect plotRect() const;
    void resetScale(); // forget the sticky Y range (after a clear)
    double yMin() const { return m_yLo; } // the current auto-scaled range (after paint)
    double yMax() const { return m_yHi; }

    QSize sizeHint() const override { return {600, 300}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

signals:
    void panned(qint64 deltaSamples); // positive: towards newer samples
    void zoomed(int steps);           // positive: zoom in (fewer samples)

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void autoScale(const QRect &area);
    void drawGrid(QPainter &p, const QRect &area);
    void drawSeries(QPainter &p, const QRect &area, int series);
    void drawHover(QPainter &p, const QRect &area);
    double toY(double v, const QRect &area) const;

    const PlotDataSet *m_data;
    qint64 m_start = 0;
    qint64 m_window = 1000;
    QVector<QColor> m_colors;
    QVector<bool> m_visible;
    double m_yLo = -1;
    double m_yHi = 1;
    int m_hoverX = -1;
    bool m_dragging = false;
    int m_dragX = 0;
    double m_dragRemainder = 0;
    int m_wheelAccumulator = 0;
};

} // namespace marmot::serial
