// PlotDataSet: series bookkeeping and CSV export for the Serial Plotter.
#include "plot_data_set.h"

#include <QBuffer>
#include <QIODevice>
#include <QTextStream>

#include <cmath>

namespace marmot::serial {

PlotDataSet::PlotDataSet(int capacity) : m_capacity(capacity) {}

void PlotDataSet::clear()
{
    m_series.clear();
    m_names.clear();
    m_index.clear();
    m_end = 0;
}

bool PlotDataSet::addSample(const QList<PlotValue> &values)
{
    bool complete = true;
    const qint64 index = m_end;
    QVector<double> row(seriesCount(), std::nan(""));
    for (const PlotValue &v : values) {
        int i = indexOf(v.name);
        if (i < 0) {
            if (seriesCount() >= MaxSeries) {
                complete = false;
                continue;
            }
            i = seriesCount();
            m_series.push_back(std::make_unique<PlotSeriesBuffer>(m_capacity, index));
            m_names.append(v.name);
            m_index.insert(v.name, i);
            row.append(std::nan(""));
        }
        row[i] = v.value;
    }
    for (int i = 0; i < seriesCount(); ++i)
        m_series[size_t(i)]->append(row[i]);
    ++m_end;
    return complete;
}

static QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool PlotDataSet::writeCsv(QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    QTextStream out(device);
    out << "sample";
    for (const QString &name : m_names)
        out << ',' << csvField(name);
    out << '\n';
    for (qint64 s = firstIndex(); s < m_end; ++s) {
        out << s;
        for (const auto &series : m_series) {
            out << ',';
            const double v = series->at(s);
            if (!std::isnan(v))
                out << QString::number(v, 'g', 12);
        }
        out << '\n';
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

QString PlotDataSet::toCsv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCsv(&buffer);
    return QString::fromUtf8(buffer.data());
}

} // namespace marmot::serial
