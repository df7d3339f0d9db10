// PlotSeriesBuffer: ring storage, block summaries and envelopes for one plot series.
#include "plot_series_buffer.h"

#include <cmath>

namespace marmot::serial {

PlotSeriesBuffer::PlotSeriesBuffer(int capacity, qint64 startIndex)
    : m_capacity(qMax(capacity, BlockSize))
{
    m_values.resize(m_capacity);
    m_blocks.resize(m_capacity / BlockSize + 2);
    clear(startIndex);
}

void PlotSeriesBuffer::clear(qint64 startIndex)
{
    m_end = startIndex;
    m_count = 0;
    std::fill(m_blocks.begin(), m_blocks.end(), MinMax{});
}

void PlotSeriesBuffer::append(double value)
{
    const qint64 index = m_end;
    MinMax &block = m_blocks[blockSlot(index / BlockSize)];
    if (index % BlockSize == 0 || m_count == 0)
        block = MinMax{};
    if (!std::isnan(value))
        block.add(value);
    m_values[slot(index)] = value;
    ++m_end;
    if (m_count < m_capacity)
        ++m_count;
}

double PlotSeriesBuffer::at(qint64 index) const
{
    if (!contains(index))
        return std::numeric_limits<double>::quiet_NaN();
    return m_values[slot(index)];
}

MinMax PlotSeriesBuffer::range(qint64 from, qint64 to) const
{
    MinMax result;
    from = qMax(from, firstIndex());
    to = qMin(to, m_end);
    qint64 i = from;
    while (i < to) {
        // A whole block, entirely inside the range and still stored: use its summary.
        if (i % BlockSize == 0 && i + BlockSize <= to) {
            result.add(m_blocks[blockSlot(i / BlockSize)]);
            i += BlockSize;
            continue;
        }
        const double v = m_values[slot(i)];
        if (!std::isnan(v))
            result.add(v);
        ++i;
    }
    return result;
}

QVector<MinMax> PlotSeriesBuffer::envelope(qint64 from, qint64 to, int columns) const
{
    QVector<MinMax> out(qMax(columns, 0));
    if (columns <= 0 || to <= from)
        return out;
    const double step = double(to - from) / columns;
    for (int c = 0; c < columns; ++c) {
        const qint64 a = from + qint64(std::floor(c * step));
        qint64 b = from + qint64(std::floor((c + 1) * step));
        if (b <= a)
            b = a + 1;
        out[c] = range(a, b);
    }
    return out;
}

} // namespace marmot::serial
