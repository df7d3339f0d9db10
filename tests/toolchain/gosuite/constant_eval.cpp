// Precedence climbing over a tiny token stream; every step checks for overflow so a
// constant like 1<<100 is "unknown" rather than a wrong size.
#include "constant_eval.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace marmot::gosuite {
namespace {

constexpr int64_t kLimit = int64_t(1) << 62;

bool isIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string trim(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::optional<int64_t> parseNumber(std::string text) {
  std::string clean;
  for (char c : text)
    if (c != '_') clean += c;
  if (clean.empty()) return std::nullopt;
  bool isHex = clean.size() > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X');
  if (!isHex && clean.find_first_of(".eE") != std::string::npos) {
    char *end = nullptr;
    double d = std::strtod(clean.c_str(), &end);
    if (*end != '\0' || d != std::floor(d) || std::fabs(d) >= double(kLimit)) return std::nullopt;
    return static_cast<int64_t>(d);
  }
  int base = 10;
  size_t skip = 0;
  if (isHex) base = 16, skip = 2;
  else if (clean.size() > 1 && clean[0] == '0' && (clean[1] == 'b' || clean[1] == 'B')) base = 2, skip = 2;
  else if (clean.size() > 1 && clean[0] == '0' && (clean[1] == 'o' || clean[1] == 'O')) base = 8, skip = 2;
  else if (clean.size() > 1 && clean[0] == '0') base = 8, skip = 1;
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(clean.c_str() + skip, &end, base);
  if (*end != '\0' || errno != 0 || v >= kLimit) return std::nullopt;
  return v;
}

}  // namespace

class ExpressionEvaluator {
 public:
  ExpressionEvaluator(const std::string &text, const ConstantTable &table) : m_table(table) { tokenize(text); }

  std::optional<int64_t> run() {
    if (!m_ok) return std::nullopt;
    auto v = binary(0);
    if (m_pos != m_tokens.size()) return std::nullopt;
    return v;
  }

 private:
  void tokenize(const std::string &t) {
    static const char *ops[] = {"&^", "<<", ">>", "+", "-", "*", "/", "%", "&", "|", "^", "(", ")"};
    for (size_t i = 0; i < t.size();) {
      char c = t[i];
      if (c == ' ' || c == '\t') {
        ++i;
      } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && i + 1 < t.size() && std::isdigit((unsigned char)t[i + 1]))) {
        size_t j = i;
        while (j < t.size() && (isIdentChar(t[j]) || t[j] == '.' ||
                                ((t[j] == '+' || t[j] == '-') && (t[j - 1] == 'e' || t[j - 1] == 'E') &&
                                 !(t[i] == '0' && i + 1 < t.size() && (t[i + 1] == 'x' || t[i + 1] == 'X')))))
          ++j;
        m_tokens.push_back(t.substr(i, j - i));
        i = j;
      } else if (isIdentStart(c)) {
        size_t j = i;
        while (j < t.size() && isIdentChar(t[j])) ++j;
        m_tokens.push_back(t.substr(i, j - i));
        i = j;
      } else {
        bool matched = false;
        for (const char *op : ops) {
          std::string o(op);
          if (t.compare(i, o.size(), o) == 0) {
            m_tokens.push_back(o);
            i += o.size();
            matched = true;
            break;
          }
        }
        if (!matched) {
          m_ok = false;
          return;
        }
      }
    }
  }

  static int precedence(const std::string &op) {
    if (op == "*" || op == "/" || op == "%" || op == "<<" || op == ">>" || op == "&" || op == "&^") return 2;
    if (op == "+" || op == "-" || op == "|" || op == "^") return 1;
    return 0;
  }

  static std::optional<int64_t> apply(const std::string &op, int64_t a, int64_t b) {
    __int128 r = 0;
    if (op == "+") r = (__int128)a + b;
    else if (op == "-") r = (__int128)a - b;
    else if (op == "*") r = (__int128)a * b;
    else if (op == "/" || op == "%") {
      if (b == 0) return std::nullopt;
      r = op == "/" ? a / b : a % b;
    } else if (op == "<<") {
      if (b < 0 || b >= 63) return std::nullopt;
      r = (__int128)a << b;
    } else if (op == ">>") {
      if (b < 0) return std::nullopt;
      r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
    } else if (op == "&") r = a & b;
    else if (op == "|") r = a | b;
    else if (op == "^") r = a ^ b;
    else if (op == "&^") r = a & ~b;
    if (r >= kLimit || r <= -kLimit) return std::nullopt;
    return static_cast<int64_t>(r);
  }

  std::optional<int64_t> binary(int minPrecedence) {
    auto left = unary();
    while (left && m_pos < m_tokens.size()) {
      const std::string op = m_tokens[m_pos];
      int p = precedence(op);
      if (p == 0 || p < minPrecedence) break;
      ++m_pos;
      auto right = binary(p + 1);
      if (!right) return std::nullopt;
      left = apply(op, *left, *right);
    }
    return left;
  }

  std::optional<int64_t> unary() {
    if (m_pos >= m_tokens.size()) return std::nullopt;
    const std::string tok = m_tokens[m_pos++];
    if (tok == "-" || tok == "+" || tok == "^") {
      auto v = unary();
      if (!v) return std::nullopt;
      return tok == "-" ? -*v : tok == "^" ? ~*v : *v;
    }
    if (tok == "(") {
      auto v = binary(0);
      if (!v || m_pos >= m_tokens.size() || m_tokens[m_pos] != ")") return std::nullopt;
      ++m_pos;
      return v;
    }
    if (std::isdigit(static_cast<unsigned char>(tok[0])) || tok[0] == '.') return parseNumber(tok);
    if (isIdentStart(tok[0])) return m_table.valueOf(tok);
    return std::nullopt;
  }

  const ConstantTable &m_table;
  std::vector<std::string> m_tokens;
  size_t m_pos = 0;
  bool m_ok = true;
};

ConstantTable::ConstantTable(const std::string &code) {
  std::istringstream in(code);
  std::string line;
  bool inBlock = false;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (inBlock && t == ")") {
      inBlock = false;
      continue;
    }
    if (!inBlock && t.rfind("const", 0) == 0 && t.size() > 5 && !isIdentChar(t[5])) {
      t = trim(t.substr(5));
      if (t == "(") {
        inBlock = true;
        continue;
      }
    } else if (!inBlock) {
      continue;
    }
    // NAME [TYPE] = EXPR
    size_t eq = t.find('=');
    if (eq == std::string::npos || t.compare(eq, 2, "==") == 0) continue;
    std::string lhs = trim(t.substr(0, eq)), rhs = trim(t.substr(eq + 1));
    std::string name = lhs.substr(0, lhs.find_first_of(" \t"));
    if (name.empty() || !isIdentStart(name[0]) || lhs.find(',') != std::string::npos) continue;
    if (rhs.find("iota") != std::string::npos) continue;
    m_expressions.emplace(name, rhs);
  }
}

std::optional<int64_t> ConstantTable::evaluate(const std::string &expression) const {
  return ExpressionEvaluator(expression, *this).run();
}

std::optional<int64_t> ConstantTable::valueOf(const std::string &name) const {
  auto it = m_expressions.find(name);
  if (it == m_expressions.end() || m_inProgress.count(name)) return std::nullopt;
  m_inProgress.insert(name);
  auto v = evaluate(it->second);
  m_inProgress.erase(name);
  return v;
}

}  // namespace marmot::gosuite
