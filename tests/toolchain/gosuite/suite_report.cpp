// Percentages are printed with one decimal; the verdict compares the exact fractions.
#include "suite_report.h"

#include <cstdio>

namespace marmot::gosuite {
namespace {

std::string percent(int part, int whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
  return buf;
}

}  // namespace

Tally tally(const std::vector<TestOutcome> &outcomes) {
  Tally t;
  for (const auto &o : outcomes) {
    if (o.kind == TestOutcome::Pass) ++t.passed;
    else if (o.kind == TestOutcome::Fail) ++t.failed;
    else ++t.skipped;
  }
  return t;
}

Verdict verdictFor(const Tally &t) {
  Verdict v;
  int ran = t.passed + t.failed;
  bool passOk = ran > 0 && t.passed >= kMinPassRate * ran;
  bool skipOk = t.selected() > 0 && t.skipped <= kMaxSkipRate * t.selected();
  v.ok = passOk && skipOk;
  v.barLine = "bar: pass rate >= 70% of tests run and skipped <= 20% of tests selected; pass rate " +
              percent(t.passed, ran) + " (" + std::to_string(t.passed) + "/" + std::to_string(ran) + "), skipped " +
              percent(t.skipped, t.selected()) + " (" + std::to_string(t.skipped) + "/" +
              std::to_string(t.selected()) + "): " + (v.ok ? "met" : "not met");
  v.closingLine = std::to_string(t.passed) + " passed, " + std::to_string(t.failed) + " failed, " +
                  std::to_string(t.skipped) + " skipped";
  return v;
}

std::string outcomeLine(const std::string &name, const TestOutcome &outcome, bool verbose) {
  switch (outcome.kind) {
    case TestOutcome::Fail: return "FAIL " + name + ": " + outcome.reason;
    case TestOutcome::Skip: return "SKIP " + name + ": " + outcome.reason;
    case TestOutcome::Pass: break;
  }
  if (!verbose) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, " (%.1f s)", outcome.seconds);
  return "ok   " + name + buf;
}

}  // namespace marmot::gosuite
