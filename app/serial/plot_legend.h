// PlotLegend: the Serial Plotter's legend, a wrapping row of chips (colour, series name, latest
// value). Clicking a chip hides or shows its series; hidden chips are drawn faded and struck out.
#pragma once

#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace marmot::serial {

class PlotLegend : public QWidget {
    Q_OBJECT
public:
    explicit PlotLegend(QWidget *parent = nullptr);

    void setItems(const QStringList &names, const QVector<QColor> &colors,
                  const QVector<bool> &visible, const QStringList &values);
    int count() const { return int(m_names.size()); }
    QRect itemRect(int i) const; // for clicks (and tests)

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

signals:
    void itemClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QVector<QRect> layoutFor(int width) const;
    int chipWidth(int i) const;
    void relayout();

    QStringList m_names;
    QVector<QColor> m_colors;
    QVector<bool> m_visible;
    QStringList m_values;
    QVector<QRect> m_rects;
    int m_valueWidth = 0;
};

} // namespace marmot::serial
