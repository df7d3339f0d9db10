// The header of a file in Go's test/ folder: its action line (`// run`, `// errorcheck`, ...)
// and the build-constraint lines that come before the package clause.
#pragma once
#include <string>
#include <vector>

namespace marmot::gosuite {

struct TestHeader {
  std::string actionLine;                // first comment line that is not a constraint, as written
  std::string action;                    // the same without "//" and one following space
  std::vector<std::string> constraints;  // `//go:build ...` and `// +build ...` lines, as written
  bool hasAction = false;                // false: the file starts with code, not a comment

  // Exactly `// run`: a run test without arguments (the only kind this runner selects).
  bool isPlainRun() const { return actionLine == "// run"; }
  // The action's first word ("run", "errorcheck", ...); "run-with-arguments" for `// run ARGS`;
  // "none" without an action line.
  std::string kind() const;
};

bool isBuildConstraintLine(const std::string &line);
TestHeader parseTestHeader(const std::string &source);

}  // namespace marmot::gosuite
