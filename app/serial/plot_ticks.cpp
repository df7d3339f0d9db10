// PlotTicks: nice numbers for axes.
#include "plot_ticks.h"

#include <cmath>

namespace marmot::serial {

double PlotTicks::niceStep(double rawStep)
{
    if (!(rawStep > 0) || !std::isfinite(rawStep))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double fraction = rawStep / magnitude;
    double nice;
    if (fraction <= 1.0)
        nice = 1;
    else if (fraction <= 2.0)
        nice = 2;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5.0)
        nice = 5;
    else
        nice = 10;
    return nice * magnitude;
}

PlotTicks PlotTicks::compute(double lo, double hi, int target)
{
    PlotTicks t;
    if (!(hi > lo) || target < 1)
        return t;
    t.step = niceStep((hi - lo) / target);
    t.first = std::ceil(lo / t.step - 1e-9) * t.step;
    for (double v = t.first; v <= hi + t.step * 1e-9 && t.values.size() < 1000; v += t.step)
        t.values.append(std::abs(v) < t.step * 1e-9 ? 0.0 : v);
    t.decimals = qBound(0, int(-std::floor(std::log10(t.step) + 1e-9)), 12);
    if (std::abs(t.step / std::pow(10.0, -t.decimals) - std::round(t.step / std::pow(10.0, -t.decimals))) > 1e-6)
        ++t.decimals; // 2.5 × 10^k needs one more digit
    return t;
}

QString PlotTicks::label(double value) const
{
    const double magnitude = std::max(std::abs(first), std::abs(first + step * values.size()));
    if (magnitude >= 1e7 || (magnitude > 0 && magnitude < 1e-4 && decimals > 6))
        return QString::number(value, 'g', 4);
    return QString::number(value, 'f', decimals);
}

void PlotTicks::roundOut(double &lo, double &hi, int target)
{
    if (!(hi > lo)) {
        const double pad = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    const double step = niceStep((hi - lo) / qMax(target, 1));
    lo = std::floor(lo / step + 1e-9) * step;
    hi = std::ceil(hi / step - 1e-9) * step;
}

} // namespace marmot::serial
