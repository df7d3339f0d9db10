// marmot-gosuite: Go's own `// run` tests (test/*.go, test/ken/*.go) on an emulated board.
// Prints the selection, one line per failure or skip, the bar and `N passed, N failed,
// N skipped`; exits 0 when the bar is met, 1 when not, 2 on usage or setup errors.
// Every test is built and run by a child process (this program with -single=FILE).
#include <cstdio>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "builder.h"
#include "harness/program_runner.h"
#include "isolated_run.h"
#include "run_facts_codec.h"
#include "baseline.h"
#include "suite_options.h"
#include "suite_report.h"
#include "suite_runner.h"
#include "test_selection.h"

using namespace marmot::gosuite;

namespace {

// Seconds a child gets beyond the test's own time limit, for building the program.
constexpr unsigned kBuildAllowanceSeconds = 120;

// The child side of an isolated run: build and run one program, print the record.
int runSingle(const SuiteOptions &options) {
  marmot::testing::ProgramOptions program;
  program.target = options.target;
  program.program = options.singleProgram;
  program.optLevel = options.optLevel;
  program.timeoutSeconds = options.timeoutSeconds;
  auto result = marmot::testing::buildAndRun(marmot::testing::buildTreeLayout(), program);
  RunFacts facts;
  facts.built = result.built;
  facts.buildErrors = result.buildErrors;
  facts.stdoutText = result.stdoutText;
  facts.stderrText = result.stderrText;
  facts.exitCode = result.exitCode;
  facts.timedOut = result.timedOut;
  std::string record = encodeRunFacts(facts);
  std::fwrite(record.data(), 1, record.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

std::string selectionLine(const Selection &selection) {
  std::string line = "selected " + std::to_string(selection.selected.size()) + " of " +
                     std::to_string(selection.filesSeen) + " files (action exactly `// run`); not selected:";
  bool first = true;
  for (const auto &[kind, count] : selection.notSelected) {
    line += (first ? " " : ", ") + kind + " " + std::to_string(count);
    first = false;
  }
  return first ? line + " none" : line;
}

}  // namespace

int main(int argc, char **argv) {
  SuiteOptions options;
  std::string error = parseSuiteOptions(std::vector<std::string>(argv + 1, argv + argc), options);
  if (!error.empty()) {
    std::fprintf(stderr, "marmot-gosuite: %s\n%s", error.c_str(), suiteUsage());
    return 2;
  }

  if (!options.singleProgram.empty()) return runSingle(options);

  auto layout = marmot::testing::buildTreeLayout();
  auto target = marmot::toolchain::Builder(layout).target(options.target);
  if (!target.ok()) {
    std::fprintf(stderr, "marmot-gosuite: %s\n", target.error().c_str());
    return 2;
  }
  if (!target.value().emulated) {
    std::fprintf(stderr, "marmot-gosuite: %s is not an emulated board; pick one that runs under QEMU\n",
                 options.target.c_str());
    return 2;
  }
  Board board;
  board.name = target.value().name;
  board.goos = target.value().goos;
  board.goarch = target.value().goarch;
  board.tags = target.value().buildTags;
  board.ramBytes = target.value().ramSize;

  std::unique_ptr<std::regex> filter;
  if (!options.runPattern.empty()) filter = std::make_unique<std::regex>(options.runPattern);
  Selection selection = selectTests(options.testRoot, filter.get());
  if (!selection.error.empty()) {
    std::fprintf(stderr, "marmot-gosuite: %s (is golang-1.19-src installed?)\n", selection.error.c_str());
    return 2;
  }
  std::printf("%s\n", selectionLine(selection).c_str());
  std::printf("board %s (%s/%s, %llu KiB RAM), %u job(s), %u s per test\n", board.name.c_str(), board.goos.c_str(),
              board.goarch.c_str(), (unsigned long long)(board.ramBytes / 1024), options.jobs, options.timeoutSeconds);
  std::fflush(stdout);

  if (options.listOnly) {
    int skipped = 0;
    for (const auto &test : selection.selected) {
      std::string reason = skipReason(test.name, test.source, test.header, board);
      skipped += !reason.empty();
      std::printf("%s %s%s\n", reason.empty() ? "RUN " : "SKIP", test.name.c_str(),
                  reason.empty() ? "" : (": " + reason).c_str());
    }
    std::printf("%d to run, %d skipped\n", int(selection.selected.size()) - skipped, skipped);
    return 0;
  }

  const std::string self = currentExecutable(argv[0]);
  auto run = [&](const SuiteTest &test) {
    RunFacts facts = runChild({self, "-single=" + test.path, "-target=" + options.target,
                               "-timeout=" + std::to_string(options.timeoutSeconds), "-opt=" + options.optLevel},
                              options.timeoutSeconds + kBuildAllowanceSeconds);
    facts.timeoutSeconds = options.timeoutSeconds;
    return facts;
  };
  auto print = [&](const SuiteTest &test, const TestOutcome &outcome) {
    std::string line = outcomeLine(test.name, outcome, options.verbose);
    if (!line.empty()) std::printf("%s\n", line.c_str());
    std::fflush(stdout);
  };
  auto outcomes = runSuite(selection.selected, board, options.jobs, run, print);

  std::vector<std::string> passed;
  for (size_t i = 0; i < outcomes.size(); ++i)
    if (outcomes[i].kind == TestOutcome::Pass) passed.push_back(selection.selected[i].name);
  int status = 0;
  if (!options.writeBaseline.empty() && !writeBaseline(options.writeBaseline, board.name, passed, &error)) {
    std::fprintf(stderr, "marmot-gosuite: %s\n", error.c_str());
    status = 2;
  }
  Verdict verdict = verdictFor(tally(outcomes));
  if (!options.baseline.empty()) {
    std::set<std::string> baseline;
    if (!readBaseline(options.baseline, &baseline, &error)) {
      std::fprintf(stderr, "marmot-gosuite: %s\n", error.c_str());
      status = 2;
    } else {
      BaselineCheck check = checkBaseline(baseline, passed);
      for (const auto &name : check.regressions) std::printf("REGRESSION %s: passed before (in %s), fails now\n", name.c_str(), options.baseline.c_str());
      if (!check.newPasses.empty()) {
        std::printf("%zu test(s) pass that the baseline does not list yet:", check.newPasses.size());
        for (const auto &name : check.newPasses) std::printf(" %s", name.c_str());
        std::printf("\n");
      }
      std::printf("baseline: %zu tests, %zu regressed\n", baseline.size(), check.regressions.size());
      if (status == 0) status = check.regressions.empty() ? 0 : 1;
    }
  } else if (status == 0) {
    status = verdict.ok ? 0 : 1;
  }
  std::printf("%s\n%s\n", verdict.barLine.c_str(), verdict.closingLine.c_str());
  return status;
}
