// PlotTicks: "nice" axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) and their labels,
// for the Serial Plotter's auto-scaled axes.
#pragma once

#include <QString>
#include <QVector>

namespace marmot::serial {

struct PlotTicks {
    double step = 1;
    double first = 0;    // the first tick at or above `lo`
    QVector<double> values;
    int decimals = 0;    // enough to tell neighbouring ticks apart

    // At most about `target` ticks across [lo, hi].
    static PlotTicks compute(double lo, double hi, int target);
    static double niceStep(double rawStep);
    QString label(double value) const;

    // Expands [lo, hi] so that both ends sit on ticks (auto-scaling with round limits).
    static void roundOut(double &lo, double &hi, int target);
};

} // namespace marmot::serial
