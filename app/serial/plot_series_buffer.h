// PlotSeriesBuffer: one plotted series as a ring buffer of samples indexed by the shared sample
// number, with per-block min/max summaries so that min/max envelopes per pixel column (level of
// detail) cost about one step per column instead of one per sample.
#pragma once

#include <QVector>

#include <limits>

namespace marmot::serial {

struct MinMax {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    bool isValid() const { return min <= max; }
    void add(double v)
    {
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    void add(const MinMax &o)
    {
        if (o.min < min)
            min = o.min;
        if (o.max > max)
            max = o.max;
    }
};

class PlotSeriesBuffer {
public:
    static constexpr int BlockSize = 64;

    // `startIndex`: the sample number of the first value appended (a series may appear late).
    explicit PlotSeriesBuffer(int capacity = 100000, qint64 startIndex = 0);

    void append(double value); // NaN is a gap
    void clear(qint64 startIndex = 0);

    int capacity() const { return m_capacity; }
    int size() const { return m_count; }
    qint64 firstIndex() const { return m_end - m_count; }
    qint64 endIndex() const { return m_end; }
    bool contains(qint64 index) const { return index >= firstIndex() && index < m_end; }
    double at(qint64 index) const; // NaN outside the window

    // Min/max over sample numbers [from, to), gaps skipped.
    MinMax range(qint64 from, qint64 to) const;

    // Splits [from, to) into `columns` equal slices and returns the min/max of each.
    QVector<MinMax> envelope(qint64 from, qint64 to, int columns) const;

private:
    int slot(qint64 index) const { return int(index % m_capacity); }
    int blockSlot(qint64 block) const { return int(block % m_blocks.size()); }

    int m_capacity;
    QVector<double> m_values;
    QVector<MinMax> m_blocks; // block b covers samples [b*BlockSize, (b+1)*BlockSize)
    qint64 m_end = 0;
    int m_count = 0;
};

} // namespace marmot::serial
