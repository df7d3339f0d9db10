// Runs the selected tests with at most `jobs` at a time (threads; each run builds with its own
// Builder and starts its own QEMU process) and hands each outcome over in test order.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "output_compare.h"
#include "skip_rules.h"
#include "test_selection.h"

namespace marmot::gosuite {

struct TestOutcome {
  enum Kind { Pass, Fail, Skip } kind = Pass;
  std::string reason;  // why it failed or was skipped
  double seconds = 0;
};

using RunFunction = std::function<RunFacts(const SuiteTest &)>;
using OutcomeSink = std::function<void(const SuiteTest &, const TestOutcome &)>;

// Skipped tests are decided up front (skip_rules.h) and never built. `sink` is called from
// one thread at a time, in the order of `tests`.
std::vector<TestOutcome> runSuite(const std::vector<SuiteTest> &tests, const Board &board, unsigned jobs,
                                  const RunFunction &run, const OutcomeSink &sink);

}  // namespace marmot::gosuite
