// The end of a run: counts, the bar (pass rate among tests that ran, share skipped) and the
// closing line `N passed, N failed, N skipped`.
#pragma once
#include <string>
#include <vector>

#include "suite_runner.h"

namespace marmot::gosuite {

struct Tally {
  int passed = 0, failed = 0, skipped = 0;
  int selected() const { return passed + failed + skipped; }
};

struct Verdict {
  bool ok = false;
  std::string barLine;      // the bar with the measured rates and the verdict
  std::string closingLine;  // exactly "N passed, N failed, N skipped"
};

constexpr double kMinPassRate = 0.70;  // among tests that were not skipped
constexpr double kMaxSkipRate = 0.20;  // among selected tests

Tally tally(const std::vector<TestOutcome> &outcomes);
Verdict verdictFor(const Tally &t);

// "FAIL name: reason" / "SKIP name: reason" / "ok   name (1.2 s)"; empty when nothing is to be
// printed (a pass without -v).
std::string outcomeLine(const std::string &name, const TestOutcome &outcome, bool verbose);

}  // namespace marmot::gosuite
