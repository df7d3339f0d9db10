// Build constraints: a small recursive-descent parser for `//go:build` expressions
// (|| && ! parentheses) and the older `// +build` form (space = or, comma = and, ! = not).
#include "build_constraint.h"

#include <cctype>
#include <sstream>

namespace marmot::gosuite {
namespace {

bool isTagChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

bool validTag(const std::string &t) {
  if (t.empty()) return false;
  for (char c : t)
    if (!isTagChar(c)) return false;
  return true;
}

// Parser over the text after `//go:build`.
class ExprParser {
 public:
  ExprParser(const std::string &text, const BuildTags &tags) : m_text(text), m_tags(tags) {}

  std::optional<bool> parse() {
    auto v = orExpr();
    skipSpace();
    if (!v || m_pos != m_text.size()) return std::nullopt;
    return v;
  }

 private:
  void skipSpace() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) ++m_pos;
  }
  bool accept(const char *op) {
    skipSpace();
    std::string o(op);
    if (m_text.compare(m_pos, o.size(), o) != 0) return false;
    m_pos += o.size();
    return true;
  }
  std::optional<bool> orExpr() {
    auto left = andExpr();
    while (left && accept("||")) {
      auto right = andExpr();
      if (!right) return std::nullopt;
      left = *left || *right;
    }
    return left;
  }
  std::optional<bool> andExpr() {
    auto left = notExpr();
    while (left && accept("&&")) {
      auto right = notExpr();
      if (!right) return std::nullopt;
      left = *left && *right;
    }
    return left;
  }
  std::optional<bool> notExpr() {
    if (accept("!")) {
      auto v = notExpr();
      if (!v) return std::nullopt;
      return !*v;
    }
    if (accept("(")) {
      auto v = orExpr();
      if (!v || !accept(")")) return std::nullopt;
      return v;
    }
    skipSpace();
    size_t start = m_pos;
    while (m_pos < m_text.size() && isTagChar(m_text[m_pos])) ++m_pos;
    if (start == m_pos) return std::nullopt;
    return m_tags.has(m_text.substr(start, m_pos - start));
  }

  const std::string &m_text;
  const BuildTags &m_tags;
  size_t m_pos = 0;
};

// `// +build a,!b c`: any space-separated option holds when all its comma-separated terms do.
std::optional<bool> evaluatePlusBuild(const std::string &text, const BuildTags &tags) {
  std::istringstream options(text);
  std::string option;
  bool any = false, seen = false;
  while (options >> option) {
    seen = true;
    bool all = true;
    std::istringstream terms(option);
    std::string term;
    while (std::getline(terms, term, ',')) {
      bool negate = !term.empty() && term[0] == '!';
      std::string tag = negate ? term.substr(1) : term;
      if (!validTag(tag)) return std::nullopt;
      all = all && (tags.has(tag) != negate);
    }
    any = any || all;
  }
  if (!seen) return std::nullopt;
  return any;
}

}  // namespace

BuildTags::BuildTags(const std::string &goos, const std::string &goarch, const std::vector<std::string> &boardTags)
    : m_goos(goos), m_goarch(goarch) {
  m_tags.insert(goos);
  m_tags.insert(goarch);
  for (const char *unixLike : {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
                               "netbsd", "openbsd", "solaris"})
    if (goos == unixLike) m_tags.insert("unix");
  for (const auto &t : boardTags) m_tags.insert(t);
  for (int minor = 1; minor <= 19; ++minor) m_tags.insert("go1." + std::to_string(minor));
  m_tags.insert("test_run");
}

std::optional<bool> evaluateConstraint(const std::string &line, const BuildTags &tags) {
  const std::string goBuild = "//go:build", plusBuild = "// +build";
  if (line.rfind(goBuild, 0) == 0) {
    std::string rest = line.substr(goBuild.size());
    if (rest.empty() || (rest[0] != ' ' && rest[0] != '\t')) return std::nullopt;
    return ExprParser(rest, tags).parse();
  }
  if (line.rfind(plusBuild, 0) == 0) {
    std::string rest = line.substr(plusBuild.size());
    if (rest.empty() || (rest[0] != ' ' && rest[0] != '\t')) return std::nullopt;
    return evaluatePlusBuild(rest, tags);
  }
  return std::nullopt;
}

}  // namespace marmot::gosuite
