// SerialPlotterWidget: the Serial Plotter dock's contents. Parses the numbers a program prints
// (PlotLineParser), keeps them per series (PlotDataSet), and draws a live line plot with a
// clickable legend, pause / scroll-back through the history, window size and CSV export.
#pragma once

#include "plot_data_set.h"
#include "plot_line_parser.h"

#include <QColor>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollBar;
class QTimer;
class QToolButton;

namespace marmot::serial {

class PlotCanvas;
class PlotLegend;

class SerialPlotterWidget : public QWidget {
    Q_OBJECT
public:
    explicit SerialPlotterWidget(QWidget *parent = nullptr);
    ~SerialPlotterWidget() override;

    const PlotDataSet &dataSet() const { return m_data; }

    void setPaused(bool paused); // paused: the view stays put while data keeps arriving
    bool isPaused() const { return m_paused; }
    void setWindowSize(int points);
    int windowSize() const { return m_window; }
    static QList<int> windowSizes();
    void scrollToSample(qint64 start); // first visible sample; pauses unless at the live end
    qint64 viewStart() const;

    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;
    QColor seriesColor(int index) const;

    bool exportCsv(const QString &path); // every buffered point; false + lastError() on failure
    QString lastError() const { return m_lastError; }

    void refresh(); // draw pending data now (normally at 50 Hz)

public slots:
    void appendBytes(const QByteArray &data);
    void clear();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void syncSeries();
    void updateView();
    void updateLegend();
    void onScrollBar(int value);
    void onPanned(qint64 delta);
    void onZoomed(int steps);
    void onExportClicked();

    PlotLineParser m_parser;
    PlotDataSet m_data;
    QVector<bool> m_visible;
    QVector<QColor> m_colors;
    int m_window = 500;
    bool m_paused = false;
    qint64 m_pausedStart = 0;
    bool m_dirty = false;
    bool m_legendDirty = false;
    bool m_updatingScrollBar = false;
    int m_legendTick = 0;
    QString m_lastError;

    QTimer *m_timer;
    QToolButton *m_pauseButton;
    QComboBox *m_windowCombo;
    QToolButton *m_exportButton;
    QToolButton *m_clearButton;
    QLabel *m_statusLabel;
    PlotLegend *m_legend;
    PlotCanvas *m_canvas;
    QScrollBar *m_scrollBar;
};

} // namespace marmot::serial
