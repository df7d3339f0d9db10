// PlotLineParser: line splitting and tolerant number / label parsing for the Serial Plotter.
#include "plot_line_parser.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace marmot::serial {

namespace {
constexpr int MaxLineLength = 8192;

bool isSeparator(char c) { return c == ' ' || c == '\t' || c == ',' || c == ';'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
} // namespace

bool PlotValue::operator==(const PlotValue &o) const
{
    const bool sameValue = (std::isnan(value) && std::isnan(o.value)) || value == o.value;
    return name == o.name && column == o.column && sameValue;
}

QString PlotLineParser::columnName(int column)
{
    // Cached: every unnamed number of every line asks for one of these.
    static const QStringList cache = [] {
        QStringList names;
        for (int i = 0; i < 64; ++i)
            names << QStringLiteral("value %1").arg(i + 1);
        return names;
    }();
    if (column >= 0 && column < cache.size())
        return cache[column];
    return QStringLiteral("value %1").arg(column + 1);
}

bool PlotLineParser::parseNumber(QByteArrayView token, double &value)
{
    const qsizetype n = token.size();
    if (n == 0 || n > 64)
        return false;
    qsizetype i = 0;
    if (token[0] == '+' || token[0] == '-')
        ++i;
    const QByteArrayView rest = token.sliced(i);
    if (rest == "NaN" || rest == "nan" || rest == "Inf" || rest == "inf") {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    int mantissaDigits = 0;
    while (i < n && isDigit(token[i])) {
        ++i;
        ++mantissaDigits;
    }
    if (i < n && token[i] == '.') {
        ++i;
        while (i < n && isDigit(token[i])) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return false;
    if (i < n && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < n && (token[i] == '+' || token[i] == '-'))
            ++i;
        int exponentDigits = 0;
        while (i < n && isDigit(token[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    if (i != n)
        return false;
    // std::from_chars ignores the locale (strtod would follow the one Qt sets from the
    // environment) but does not take a leading '+'.
    const char *begin = token.data() + (token[0] == '+' ? 1 : 0);
    const char *end = token.data() + n;
    const auto result = std::from_chars(begin, end, value);
    return result.ec == std::errc() && result.ptr == end;
}

bool PlotLineParser::parseLine(QByteArrayView line, QList<PlotValue> &values)
{
    values.clear();
    // Split into tokens first.
    QList<QByteArrayView> tokens;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isSeparator(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isSeparator(line[i]))
            ++i;
        if (i > start)
            tokens.append(line.sliced(start, i - start));
    }
    if (tokens.isEmpty())
        return false;

    int column = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QByteArrayView token = tokens[t];
        double number = 0;
        if (parseNumber(token, number)) {
            values.append(PlotValue{columnName(column), column, number});
            ++column;
            continue;
        }
        qsizetype split = -1;
        for (qsizetype k = 1; k < token.size(); ++k) {
            if (token[k] == ':' || token[k] == '=') {
                split = k;
                break;
            }
        }
        if (split < 0)
            return false; // a word: not a data line
        const QString name = QString::fromUtf8(token.first(split));
        QByteArrayView valueText = token.sliced(split + 1);
        if (valueText.isEmpty()) {
            // "temp: 21.5" (Go's println puts a space between its arguments)
            if (t + 1 >= tokens.size())
                return false;
            valueText = tokens[++t];
        }
        if (!parseNumber(valueText, number))
            return false;
        values.append(PlotValue{name, -1, number});
    }
    return !values.isEmpty();
}

QList<QList<PlotValue>> PlotLineParser::feed(const QByteArray &data)
{
    QList<QList<PlotValue>> lines;
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype start = 0;
    QList<PlotValue> values;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != '\n' && p[i] != '\r')
            continue;
        QByteArrayView line(p + start, i - start);
        if (!m_partial.isEmpty()) {
            m_partial.append(line.data(), line.size());
            if (parseLine(m_partial, values))
                lines.append(values);
            m_partial.clear();
        } else if (parseLine(line, values)) {
            lines.append(values);
        }
        start = i + 1;
    }
    if (start < n) {
        m_partial.append(p + start, n - start);
        if (m_partial.size() > MaxLineLength)
            m_partial.clear(); // not plot data; resynchronise on the next line
    }
    return lines;
}

} // namespace marmot::serial
