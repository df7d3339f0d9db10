// Finds array types and make() calls at the allocation forms listed in the header and sizes
// them with ConstantTable; anything not decidable from the text counts as small.
#include "memory_estimate.h"

#include <cctype>
#include <map>
#include <regex>

#include "constant_eval.h"
#include "go_source_scan.h"

namespace marmot::gosuite {
namespace {

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

size_t skipSpaces(const std::string &s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// Index just after the bracket matching s[open] (which is '[' or '(').
size_t matching(const std::string &s, size_t open) {
  char o = s[open], c = o == '[' ? ']' : ')';
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == o) ++depth;
    else if (s[i] == c && --depth == 0) return i + 1;
  }
  return std::string::npos;
}

class Sizer {
 public:
  explicit Sizer(const std::string &code) : m_code(code), m_constants(code) {}

  // Size of the type starting at `at`; `end` receives the index after it.
  std::optional<uint64_t> typeSize(size_t at, size_t &end) const {
    at = skipSpaces(m_code, at);
    end = at;
    if (at >= m_code.size()) return std::nullopt;
    if (m_code[at] == '[') {
      size_t close = matching(m_code, at);
      if (close == std::string::npos) return std::nullopt;
      std::string length = m_code.substr(at + 1, close - at - 2);
      size_t elementEnd = close;
      auto element = typeSize(close, elementEnd);
      end = elementEnd;
      if (length.find_first_not_of(" \t") == std::string::npos) return 12;  // slice header
      auto n = m_constants.evaluate(length);
      if (!n || *n < 0 || !element) return std::nullopt;
      unsigned __int128 total = (unsigned __int128)*n * *element;
      return total > (uint64_t(1) << 62) ? std::nullopt : std::optional<uint64_t>(uint64_t(total));
    }
    size_t wordEnd = at;
    while (wordEnd < m_code.size() && (isIdentChar(m_code[wordEnd]) || m_code[wordEnd] == '.')) ++wordEnd;
    end = wordEnd;
    std::string word = m_code.substr(at, wordEnd - at);
    static const std::map<std::string, uint64_t> basic = {
        {"byte", 1},  {"int8", 1},    {"uint8", 1},     {"bool", 1},       {"int16", 2},      {"uint16", 2},
        {"int32", 4}, {"uint32", 4},  {"rune", 4},      {"float32", 4},    {"int", 4},        {"uint", 4},
        {"uintptr", 4}, {"int64", 8}, {"uint64", 8},    {"float64", 8},    {"complex64", 8},  {"complex128", 16},
        {"string", 8}, {"interface", 8}};
    if (auto it = basic.find(word); it != basic.end()) return it->second;
    return 4;  // pointer, map, chan, func, named type: pointer-sized lower bound
  }

  std::optional<int64_t> constant(const std::string &expression) const { return m_constants.evaluate(expression); }
  const std::string &code() const { return m_code; }

 private:
  const std::string &m_code;
  ConstantTable m_constants;
};

void consider(std::optional<Allocation> &best, uint64_t bytes, const std::string &code, size_t at, size_t end) {
  if (best && best->bytes >= bytes) return;
  Allocation a;
  a.bytes = bytes;
  a.line = lineOf(code, at);
  a.text = code.substr(at, std::min(end, code.size()) - at);
  best = a;
}

// Array types at `var x [N]T`, `new([N]T)` and `[N]T{`.
void arrayForms(const Sizer &sizer, std::optional<Allocation> &best) {
  const std::string &code = sizer.code();
  static const std::regex varDecl(R"((^|\n)[ \t]*(var[ \t]+)?[A-Za-z_]\w*([ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]+\[)");
  static const std::regex newCall(R"(\bnew[ \t]*\($)");
  bool inVarBlock = false, inTypeBlock = false;
  size_t lineStart = 0;
  while (lineStart < code.size()) {
    size_t lineEnd = code.find('\n', lineStart);
    if (lineEnd == std::string::npos) lineEnd = code.size();
    std::string line = code.substr(lineStart, lineEnd - lineStart);
    size_t first = line.find_first_not_of(" \t");
    std::string t = first == std::string::npos ? "" : line.substr(first);
    if (t.rfind("var (", 0) == 0) inVarBlock = true;
    else if (t.rfind("type (", 0) == 0) inTypeBlock = true;
    else if (t == ")") inVarBlock = inTypeBlock = false;
    bool isTypeLine = inTypeBlock || t.rfind("type ", 0) == 0;
    // var x [N]T, or `x [N]T` inside a var block.
    std::smatch m;
    if (!isTypeLine && std::regex_search(line, m, varDecl) && (m[2].matched || inVarBlock)) {
      size_t at = lineStart + m.position(0) + m.length(0) - 1, end = at;
      if (auto size = sizer.typeSize(at, end)) consider(best, *size, code, at, end);
    }
    // new([N]T) and [N]T{ anywhere on the line.
    for (size_t i = line.find('['); i != std::string::npos; i = line.find('[', i + 1)) {
      size_t before = i == 0 ? std::string::npos : line.find_last_not_of(" \t", i - 1);
      char previous = before == std::string::npos ? '\0' : line[before];
      bool afterReturn = before != std::string::npos && before >= 5 && line.compare(before - 5, 6, "return") == 0 &&
                         (before == 5 || !isIdentChar(line[before - 6]));
      if (afterReturn) previous = '=';
      if (isIdentChar(previous) || previous == ']' || previous == ')' || previous == '*') continue;  // index, nested, pointer
      bool afterNew = previous == '(' && std::regex_search(line.substr(0, before + 1), newCall);
      size_t at = lineStart + i, end = at;
      auto size = sizer.typeSize(at, end);
      if (!size) continue;
      size_t after = skipSpaces(code, end);
      bool literal = after < code.size() && code[after] == '{' && !isTypeLine;
      if (afterNew || literal) consider(best, *size, code, at, end);
    }
    lineStart = lineEnd + 1;
  }
}

// make([]T, N) and make([]T, len, N).
void makeCalls(const Sizer &sizer, std::optional<Allocation> &best) {
  const std::string &code = sizer.code();
  for (size_t at = code.find("make("); at != std::string::npos; at = code.find("make(", at + 1)) {
    if (at > 0 && isIdentChar(code[at - 1])) continue;
    size_t open = at + 4, close = matching(code, open);
    if (close == std::string::npos) continue;
    size_t typeAt = skipSpaces(code, open + 1);
    if (code.compare(typeAt, 2, "[]") != 0) continue;
    size_t typeEnd = typeAt;
    auto elementEnd = typeAt + 2;
    auto element = sizer.typeSize(elementEnd, typeEnd);
    if (!element) continue;
    std::string args = code.substr(typeEnd, close - 1 - typeEnd);
    uint64_t count = 0;
    size_t start = args.find(',');
    while (start != std::string::npos) {
      size_t next = args.find(',', start + 1);
      auto n = sizer.constant(args.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1));
      if (n && *n > 0 && uint64_t(*n) > count) count = uint64_t(*n);
      start = next;
    }
    if (count == 0) continue;
    unsigned __int128 total = (unsigned __int128)count * *element;
    if (total < (uint64_t(1) << 62)) consider(best, uint64_t(total), code, at, close);
  }
}

}  // namespace

std::optional<Allocation> largestConstantAllocation(const std::string &code) {
  Sizer sizer(code);
  std::optional<Allocation> best;
  arrayForms(sizer, best);
  makeCalls(sizer, best);
  return best;
}

}  // namespace marmot::gosuite
