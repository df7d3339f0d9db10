// PlotLineParser: turns the lines a program prints into numbers for the Serial Plotter.
// Accepted per line: numbers separated by spaces, tabs, commas or semicolons ("1 2.5 -3"),
// name:value or name=value pairs ("temp:21.5 hum:40"), Go's println pairs ("temp: +2.150000e+001"),
// Go's float format, ints and negatives. A line with any other word is not data and is skipped.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace marmot::serial {

struct PlotValue {
    QString name;     // the series name: the label, or "value N" for the N-th unnamed number
    int column = -1;  // index among the unnamed numbers of the line, -1 for named values
    double value = 0; // NaN for Go's NaN / +Inf / -Inf (a gap in the plot)

    bool operator==(const PlotValue &o) const;
};

class PlotLineParser {
public:
    // Feeds raw bytes; returns the values of every complete data line, in order.
    QList<QList<PlotValue>> feed(const QByteArray &data);
    void reset() { m_partial.clear(); }

    // Parses one line (without its ending). Returns false for lines that are not data.
    static bool parseLine(QByteArrayView line, QList<PlotValue> &values);

    // A single number token: 42, -7, 3.25, .5, 1e3, +1.500000e+001; NaN, +Inf, -Inf give NaN.
    static bool parseNumber(QByteArrayView token, double &value);

    static QString columnName(int column); // "value 1" for column 0

private:
    QByteArray m_partial;
};

} // namespace marmot::serial
