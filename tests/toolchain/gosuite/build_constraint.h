// Evaluates Go build-constraint lines (`//go:build EXPR` and `// +build TERMS`) against the
// tags a board satisfies, as Go's test/run.go does for its tests.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace marmot::gosuite {

class BuildTags {
 public:
  // goos, goarch, "unix" for Unix-like GOOS, the board's own tags, go1.1 ... go1.19 and
  // "test_run" (set by run.go). Not "gc" or "cgo": Marmot is neither the gc toolchain nor cgo.
  BuildTags(const std::string &goos, const std::string &goarch, const std::vector<std::string> &boardTags);
  bool has(const std::string &tag) const { return m_tags.count(tag) != 0; }
  // The same tags plus one more (to tell whether a constraint fails only for want of it).
  BuildTags with(const std::string &tag) const {
    BuildTags copy = *this;
    copy.m_tags.insert(tag);
    return copy;
  }
  const std::string &goos() const { return m_goos; }
  const std::string &goarch() const { return m_goarch; }

 private:
  std::string m_goos, m_goarch;
  std::set<std::string> m_tags;
};

// true/false for a constraint line; nullopt when the line is not a well-formed constraint
// (run.go ignores such lines too).
std::optional<bool> evaluateConstraint(const std::string &line, const BuildTags &tags);

}  // namespace marmot::gosuite
