// Integer constant expressions of one Go file: literals (decimal, hex, octal, binary, `1e5`),
// constants the file declares (`const N = 1 << 20`, const blocks), parentheses and the
// operators + - * / % << >> & | ^ &^. Enough to size `[N]T` and `make([]T, N)`.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace marmot::gosuite {

class ConstantTable {
 public:
  // `code` without comments. Constants declared with iota or several names per line are
  // left out (their expressions do not size anything in practice).
  explicit ConstantTable(const std::string &code);

  // nullopt when the expression uses something unknown or overflows 62 bits.
  std::optional<int64_t> evaluate(const std::string &expression) const;
  bool defines(const std::string &name) const { return m_expressions.count(name) != 0; }

 private:
  friend class ExpressionEvaluator;
  std::optional<int64_t> valueOf(const std::string &name) const;

  std::map<std::string, std::string> m_expressions;
  mutable std::set<std::string> m_inProgress;  // guards against cycles
};

}  // namespace marmot::gosuite
