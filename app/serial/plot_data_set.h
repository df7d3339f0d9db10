// PlotDataSet: all series of the Serial Plotter on a shared sample axis (one sample per data
// line), keyed by name ("temp") or column ("value 1"), with CSV export of everything buffered.
#pragma once

#include "plot_line_parser.h"
#include "plot_series_buffer.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace marmot::serial {

class PlotDataSet {
public:
    static constexpr int MaxSeries = 32;

    explicit PlotDataSet(int capacity = 100000);

    // One data line: every known series gets a value (NaN where the line did not mention it);
    // new names become new series. Returns false when the series limit dropped some values.
    bool addSample(const QList<PlotValue> &values);
    void clear();

    int capacity() const { return m_capacity; }
    int seriesCount() const { return int(m_series.size()); }
    QString seriesName(int i) const { return m_names.at(i); }
    QStringList seriesNames() const { return m_names; }
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    const PlotSeriesBuffer &series(int i) const { return *m_series[size_t(i)]; }

    qint64 endIndex() const { return m_end; }                          // samples so far
    qint64 firstIndex() const { return qMax<qint64>(0, m_end - m_capacity); } // oldest kept
    qint64 bufferedSamples() const { return m_end - firstIndex(); }

    // "sample,<name>,<name>..." then one row per buffered sample; gaps are empty cells.
    bool writeCsv(QIODevice *device) const;
    QString toCsv() const;

private:
    int m_capacity;
    std::vector<std::unique_ptr<PlotSeriesBuffer>> m_series;
    QStringList m_names;
    QHash<QString, int> m_index;
    qint64 m_end = 0;
};

} // namespace marmot::serial
