// Formatting and parsing of `file:line:col: message` diagnostics.
#include "diagnostic.h"

#include <cctype>
#include <sstream>

namespace marmot::toolchain {
namespace {

// Reads a decimal number at s[pos...] followed by ':'; advances pos past the colon.
bool readNumber(const std::string &s, size_t &pos, int &out) {
  size_t start = pos;
  long value = 0;
  while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])) && pos - start < 9)
    value = value * 10 + (s[pos++] - '0');
  if (pos == start || pos >= s.size() || s[pos] != ':') {
    pos = start;
    return false;
  }
  ++pos;
  out = static_cast<int>(value);
  return true;
}

}  // namespace

std::string Diagnostic::toString() const {
  if (file.empty()) return message;
  std::ostringstream out;
  out << file << ':' << line;
  if (column > 0) out << ':' << column;
  out << ": " << message;
  return out.str();
}

Diagnostic Diagnostic::parse(const std::string &text) {
  Diagnostic d;
  // The file name ends at the first ":<digits>:"; file names may contain ':' themselves.
  for (size_t colon = text.find(':'); colon != std::string::npos; colon = text.find(':', colon + 1)) {
    size_t pos = colon + 1;
    int line = 0, column = 0;
    if (colon == 0 || !readNumber(text, pos, line)) continue;
    readNumber(text, pos, column);
    d.file = text.substr(0, colon);
    d.line = line;
    d.column = column;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    d.message = text.substr(pos);
    return d;
  }
  d.message = text;
  return d;
}

std::vector<Diagnostic> Diagnostic::parseAll(const std::string &text) {
  std::vector<Diagnostic> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(parse(line));
  }
  return out;
}

}  // namespace marmot::toolchain
