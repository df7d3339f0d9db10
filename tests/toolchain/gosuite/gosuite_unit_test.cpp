// Unit tests of the Go test-suite runner: selection, build constraints, skip rules, constant
// sizing, output comparison, options, the worker pool and the verdict. No QEMU, no compiler:
// the fixtures in testdata/suite are a miniature of Go's test/ folder.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <thread>

#include "baseline.h"
#include "build_constraint.h"
#include "constant_eval.h"
#include "go_source_scan.h"
#include "isolated_run.h"
#include "memory_estimate.h"
#include "output_compare.h"
#include "run_facts_codec.h"
#include "skip_rules.h"
#include "suite_options.h"
#include "suite_report.h"
#include "suite_runner.h"
#include "test_header.h"
#include "test_selection.h"

using namespace marmot::gosuite;

namespace {

const std::string kSuite = std::string(MARMOT_GOSUITE_TESTDATA) + "/suite";

Board smallBoard() {
  Board b;
  b.name = "cortex-m-qemu";
  b.tags = {"cortexm", "baremetal", "marmot", "qemu"};
  b.ramBytes = 64 * 1024;
  return b;
}

Board bigBoard() {
  Board b = smallBoard();
  b.name = "riscv-qemu";
  b.ramBytes = 4u << 20;
  return b;
}

std::map<std::string, std::string> skipReasons(const Board &board) {
  std::map<std::string, std::string> reasons;
  for (const auto &t : selectTests(kSuite, nullptr).selected)
    reasons[t.name] = skipReason(t.name, t.source, t.header, board);
  return reasons;
}

}  // namespace

TEST(TestHeader, ActionIsFirstCommentLineAfterConstraints) {
  auto h = parseTestHeader("// +build linux\n\n// run\n\n// Copyright\n\n// +build !arm\n\npackage main\n// +build x\n");
  EXPECT_TRUE(h.isPlainRun());
  EXPECT_EQ(h.kind(), "run");
  EXPECT_EQ(h.constraints, (std::vector<std::string>{"// +build linux", "// +build !arm"}));
}

TEST(TestHeader, OnlyExactRunIsSelected) {
  EXPECT_TRUE(parseTestHeader("// run\r\n\npackage main\n").isPlainRun());
  EXPECT_TRUE(parseTestHeader("// run  \n\npackage main\n").isPlainRun());
  EXPECT_FALSE(parseTestHeader("// run arg1\n").isPlainRun());
  EXPECT_EQ(parseTestHeader("// run arg1\n").kind(), "run-with-arguments");
  EXPECT_FALSE(parseTestHeader("// runoutput\n").isPlainRun());
  EXPECT_EQ(parseTestHeader("// runoutput\n").kind(), "runoutput");
  EXPECT_FALSE(parseTestHeader("//run\n").isPlainRun());
  EXPECT_EQ(parseTestHeader("// errorcheck -0 -m\n").kind(), "errorcheck");
  EXPECT_EQ(parseTestHeader("package main\n// run\n").kind(), "none");
  EXPECT_EQ(parseTestHeader("/* run */\npackage main\n").kind(), "none");
}

TEST(BuildConstraint, GoBuildExpressions) {
  BuildTags tags("linux", "arm", {"cortexm"});
  auto eval = [&](const std::string &line) { return evaluateConstraint(line, tags); };
  EXPECT_EQ(eval("//go:build linux && arm"), true);
  EXPECT_EQ(eval("//go:build (386 || amd64 || arm64) && !gcflags_noopt"), false);
  EXPECT_EQ(eval("//go:build !wasm && !aix"), true);
  EXPECT_EQ(eval("//go:build unix && go1.18 && cortexm"), true);
  EXPECT_EQ(eval("//go:build gc"), false);
  EXPECT_EQ(eval("//go:build !(linux || darwin)"), false);
  EXPECT_EQ(eval("//go:build bad // ERROR \"misplaced\""), std::nullopt);
  EXPECT_EQ(eval("//go:build linux &&"), std::nullopt);
  EXPECT_EQ(eval("//go:buildx linux"), std::nullopt);
}

TEST(BuildConstraint, PlusBuildLines) {
  BuildTags tags("linux", "arm", {});
  auto eval = [&](const std::string &line) { return evaluateConstraint(line, tags); };
  EXPECT_EQ(eval("// +build darwin linux"), true);
  EXPECT_EQ(eval("// +build !nacl,!js,gc"), false);
  EXPECT_EQ(eval("// +build !nacl,!js"), true);
  EXPECT_EQ(eval("// +build !windows !arm64"), true);
  EXPECT_EQ(eval("// +build !nacl,!386,!wasm,!arm,!gcflags_noopt"), false);
  EXPECT_EQ(eval("// +build amd64,goexperiment.regabiargs arm64,goexperiment.regabiargs"), false);
  EXPECT_EQ(eval("// +build test_run"), true);
  EXPECT_EQ(eval("// +build"), std::nullopt);
}

TEST(Selection, PicksOnlyPlainRunTestsAndCountsTheRest) {
  Selection s = selectTests(kSuite, nullptr);
  ASSERT_TRUE(s.error.empty()) << s.error;
  std::vector<std::string> names;
  for (const auto &t : s.selected) names.push_back(t.name);
  EXPECT_EQ(names, (std::vector<std::string>{"bigarray.go", "bigmake.go", "constrained.go", "files.go", "gobuild.go",
                                             "hello.go", "lateconstraint.go", "osexit.go", "osfile.go",
                                             "silent.go", "smallarrays.go", "ken/kenrun.go"}));
  EXPECT_EQ(s.filesSeen, 16);
  EXPECT_EQ(s.notSelected, (std::map<std::string, int>{
                               {"compile", 1}, {"errorcheck", 1}, {"run-with-arguments", 1}, {"runoutput", 1}}));
  for (const auto &t : s.selected) {
    if (t.name == "hello.go") EXPECT_EQ(t.expectedOutput, "hello\n3\n");
    if (t.name == "ken/kenrun.go") EXPECT_TRUE(t.hasExpectedOutput);
    if (t.name == "silent.go") EXPECT_FALSE(t.hasExpectedOutput);
  }
}

TEST(Selection, FilterAndMissingFolder) {
  std::regex filter("^ken/");
  Selection s = selectTests(kSuite, &filter);
  ASSERT_EQ(s.selected.size(), 1u);
  EXPECT_EQ(s.selected[0].name, "ken/kenrun.go");
  EXPECT_EQ(s.filesSeen, 2);
  EXPECT_FALSE(selectTests(kSuite + "/does-not-exist", nullptr).error.empty());
}

TEST(SkipRules, EachSkipHasItsReason) {
  auto reasons = skipReasons(smallBoard());
  EXPECT_EQ(reasons["constrained.go"], "build constraint `// +build amd64` excludes linux/arm");
  EXPECT_EQ(reasons["lateconstraint.go"], "build constraint `// +build !linux` excludes linux/arm");
  EXPECT_EQ(reasons["gobuild.go"], "");
  EXPECT_EQ(skipReason("x.go", "", parseTestHeader("// +build !nacl,gc\n// run\n"), smallBoard()),
            "build constraint `// +build !nacl,gc` excludes linux/arm built by Marmot (it needs the gc toolchain)");
  EXPECT_EQ(reasons["files.go"], "needs a file system (io/ioutil)");
  EXPECT_EQ(reasons["osfile.go"], "needs files (os.WriteFile)");
  EXPECT_EQ(reasons["osexit.go"], "");
  EXPECT_EQ(reasons["bigarray.go"],
            "needs more RAM than the board has: `[N]byte` at line 10 is 40 KiB, over half of cortex-m-qemu's 64 KiB");
  EXPECT_EQ(reasons["bigmake.go"], "needs more RAM than the board has: `make([]int32, 10, MB/4)` at line 7 is 1 MiB, "
                                   "over half of cortex-m-qemu's 64 KiB");
  EXPECT_EQ(reasons["smallarrays.go"], "");
  EXPECT_EQ(reasons["hello.go"], "");
  EXPECT_EQ(reasons["silent.go"], "");
  EXPECT_EQ(reasons["ken/kenrun.go"], "");
}

TEST(SkipRules, RamRulesDependOnTheBoard) {
  auto reasons = skipReasons(bigBoard());
  EXPECT_EQ(reasons["bigarray.go"], "");
  EXPECT_EQ(reasons["bigmake.go"], "");
  EXPECT_EQ(reasons["files.go"], "needs a file system (io/ioutil)");
  TestHeader run = parseTestHeader("// run\n");
  EXPECT_NE(skipReason("maplinear.go", "package main\n", run, smallBoard()), "");
  EXPECT_EQ(skipReason("maplinear.go", "package main\n", run, [] { Board b; b.ramBytes = 64u << 20; return b; }()),
            "");
  EXPECT_NE(skipReason("env.go", "package main\n", run, bigBoard()), "");
}

TEST(SkipRules, ImportsOfProcessesSignalsNetworkAndCgo) {
  TestHeader run = parseTestHeader("// run\n");
  auto reason = [&](const std::string &imports) {
    return skipReason("x.go", "// run\n\npackage main\n\n" + imports + "\n\nfunc main() {}\n", run, bigBoard());
  };
  EXPECT_EQ(reason("import \"os/exec\""), "runs other processes (os/exec)");
  EXPECT_EQ(reason("import (\n\t\"fmt\"\n\tsig \"os/signal\"\n)"), "needs signals (os/signal)");
  EXPECT_EQ(reason("import \"net/http\""), "needs a network (net/http)");
  EXPECT_EQ(reason("import \"C\""), "needs cgo (import \"C\")");
  EXPECT_EQ(reason("import (\n\t\"io/ioutil\"\n\t\"os/exec\"\n)"), "runs other processes (os/exec)");
  EXPECT_EQ(reason("import (\"fmt\"; \"strings\")"), "");
  EXPECT_NE(reason("import \"runtime\"\nvar _ = runtime.MemProfileRate"), "");
}

TEST(ConstantEval, Expressions) {
  ConstantTable t("const A = 1 << 10\nconst (\n\tB int = A * 3\n\tC = iota\n\tD, E = 1, 2\n\tF = 1e5\n)\n"
                  "func f() {\n\tconst G = (B + 2) / 2\n}\nconst H = H + 1\n");
  EXPECT_EQ(t.evaluate("A"), 1024);
  EXPECT_EQ(t.evaluate("B"), 3072);
  EXPECT_EQ(t.evaluate("G"), 1537);
  EXPECT_EQ(t.evaluate("F"), 100000);
  EXPECT_EQ(t.evaluate("C"), std::nullopt);
  EXPECT_EQ(t.evaluate("D"), std::nullopt);
  EXPECT_EQ(t.evaluate("H"), std::nullopt);
  EXPECT_EQ(t.evaluate("256 << 20"), 256 << 20);
  EXPECT_EQ(t.evaluate("0x1_0 + 0b11 - 010"), 16 + 3 - 8);
  EXPECT_EQ(t.evaluate("2 + 3*4 - 1<<2"), 2 + 12 - 4);
  EXPECT_EQ(t.evaluate("1 << 100"), std::nullopt);
  EXPECT_EQ(t.evaluate("len(x)"), std::nullopt);
  EXPECT_EQ(t.evaluate("1.5"), std::nullopt);
}

TEST(MemoryEstimate, AllocationForms) {
  auto biggest = [](const std::string &code) {
    auto a = largestConstantAllocation(blankLiterals(stripComments(code)));
    return a ? a->bytes : 0;
  };
  EXPECT_EQ(biggest("var x [100000]int\n"), 400000u);
  EXPECT_EQ(biggest("func f() {\n\tvar x [10][20]int64\n}\n"), 1600u);
  EXPECT_EQ(biggest("var (\n\ta int\n\tb [300]complex128\n)\n"), 4800u);
  EXPECT_EQ(biggest("var p *[1 << 30]byte\n"), 0u);
  EXPECT_EQ(biggest("type T [1 << 30]byte\n"), 0u);
  EXPECT_EQ(biggest("var t = new([16 * 1024]byte)\n"), 16384u);
  EXPECT_EQ(biggest("func f() [3000]byte {\n\treturn [3000]byte{}\n}\n"), 3000u);
  EXPECT_EQ(biggest("x := make([]string, 100)\n"), 800u);
  EXPECT_EQ(biggest("x := make([]byte, n)\n"), 0u);
  EXPECT_EQ(biggest("s := \"var x [100000]int\"\n"), 0u);
  EXPECT_EQ(biggest("x := a[1000]\n"), 0u);
}

TEST(OutputCompare, FirstDifferenceAndVerdicts) {
  EXPECT_EQ(firstDifference("a\nb\n", "a\r\nb\r\n"), "");
  EXPECT_EQ(firstDifference("a\nb\n", "a\nc\n"), "line 2: want \"b\" got \"c\"");
  EXPECT_EQ(firstDifference("a\n", "a\nextra\n"), "line 2: want <end of output> got \"extra\"");
  EXPECT_EQ(firstDifference("a\n", "a"), "outputs differ only in the final newline");

  RunFacts run;
  run.timeoutSeconds = 20;
  run.buildErrors = "\nx.go:3:5: undefined: foo\nx.go:4:1: other\n";
  EXPECT_EQ(judgeRun(run, ""), "does not compile: x.go:3:5: undefined: foo");
  run.built = true;
  run.exitCode = 0;
  run.stdoutText = "hello\n";
  EXPECT_EQ(judgeRun(run, "hello\n"), "");
  EXPECT_EQ(judgeRun(run, ""), "output line 1: want <end of output> got \"hello\"");
  run.exitCode = 2;
  run.stderrText = "panic: boom\n";
  EXPECT_EQ(judgeRun(run, "hello\n"), "exit status 2: panic: boom");
  run.stderrText = "Timer with period zero, disabling\npanic: runtime error: index out of range [5] with length 3\n";
  EXPECT_EQ(judgeRun(run, "hello\n"), "exit status 2: panic: runtime error: index out of range [5] with length 3");
  EXPECT_EQ(failureLine("Timer with period zero, disabling\n"), "Timer with period zero, disabling");
  EXPECT_EQ(failureLine("x\n  fatal error: all goroutines are asleep - deadlock!\n"),
            "fatal error: all goroutines are asleep - deadlock!");
  run.exitCode = -1;
  run.timedOut = true;
  run.stderrText.clear();
  EXPECT_EQ(judgeRun(run, "hello\nworld\n"),
            "no exit status within 20 s; output line 2: want \"world\" got <end of output>");
}

TEST(SuiteOptions, Flags) {
  SuiteOptions o;
  EXPECT_EQ(parseSuiteOptions({"-target=cortex-m-qemu", "-j", "2", "-run", "^ken/", "-v", "/tmp/t"}, o), "");
  EXPECT_EQ(o.target, "cortex-m-qemu");
  EXPECT_EQ(o.jobs, 2u);
  EXPECT_EQ(o.runPattern, "^ken/");
  EXPECT_TRUE(o.verbose);
  EXPECT_EQ(o.testRoot, "/tmp/t");
  SuiteOptions d;
  EXPECT_EQ(parseSuiteOptions({"--target", "riscv-qemu", "-timeout=5", "-list"}, d), "");
  EXPECT_TRUE(d.listOnly);
  EXPECT_EQ(d.testRoot, "/usr/lib/go-1.19/test");
  EXPECT_EQ(d.timeoutSeconds, 5u);
  EXPECT_EQ(d.jobs, 1u);
  SuiteOptions e;
  EXPECT_EQ(parseSuiteOptions({}, e), "-target is required (for example -target=cortex-m-qemu)");
  EXPECT_EQ(parseSuiteOptions({"-target=x", "-j=0"}, e), "-j needs a positive number, not \"0\"");
  EXPECT_EQ(parseSuiteOptions({"-target=x", "-bogus"}, e), "unknown flag -bogus");
  EXPECT_NE(parseSuiteOptions({"-target=x", "-run=("}, e), "");
}

TEST(SuiteRunner, RunsInParallelAndReportsInOrder) {
  Selection s = selectTests(kSuite, nullptr);
  std::atomic<int> running{0}, most{0}, calls{0};
  auto fake = [&](const SuiteTest &t) {
    int now = ++running;
    for (int seen = most; now > seen && !most.compare_exchange_weak(seen, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    --running;
    ++calls;
    RunFacts f;
    f.built = t.name != "osexit.go";
    f.buildErrors = "osexit.go:7:5: undefined: os.Getenv\n";
    f.exitCode = 0;
    f.stdoutText = t.name == "hello.go" ? "hello\n3\n" : t.name == "ken/kenrun.go" ? "ken\n" : "";
    return f;
  };
  std::vector<std::string> order;
  auto outcomes = runSuite(s.selected, smallBoard(), 2, fake,
                           [&](const SuiteTest &t, const TestOutcome &) { order.push_back(t.name); });
  ASSERT_EQ(order.size(), s.selected.size());
  for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], s.selected[i].name);
  EXPECT_LE(most.load(), 2);
  Tally t = tally(outcomes);
  EXPECT_EQ(t.skipped, 6);  // constrained, lateconstraint, files, osfile, bigarray, bigmake: never run
  EXPECT_EQ(t.failed, 1);   // osexit.go "does not compile"
  EXPECT_EQ(t.passed, 5);
  EXPECT_EQ(calls.load(), 6);
}

TEST(SuiteReport, BarAndClosingLine) {
  Tally t;
  t.passed = 7;
  t.failed = 3;
  t.skipped = 2;
  Verdict v = verdictFor(t);
  EXPECT_TRUE(v.ok);
  EXPECT_EQ(v.closingLine, "7 passed, 3 failed, 2 skipped");
  EXPECT_EQ(v.barLine, "bar: pass rate >= 70% of tests run and skipped <= 20% of tests selected; "
                       "pass rate 70.0% (7/10), skipped 16.7% (2/12): met");
  t.skipped = 3;
  EXPECT_FALSE(verdictFor(t).ok);
  t.skipped = 0;
  t.passed = 6;
  t.failed = 4;
  EXPECT_FALSE(verdictFor(t).ok);
  EXPECT_FALSE(verdictFor(Tally{}).ok);
  TestOutcome pass;
  EXPECT_EQ(outcomeLine("a.go", pass, false), "");
  pass.seconds = 1.25;
  EXPECT_EQ(outcomeLine("a.go", pass, true), "ok   a.go (1.2 s)");
  TestOutcome skip{TestOutcome::Skip, "needs signals (os/signal)", 0};
  EXPECT_EQ(outcomeLine("b.go", skip, false), "SKIP b.go: needs signals (os/signal)");
}

TEST(RunFactsCodec, RoundTripAndDamage) {
  RunFacts f;
  f.built = true;
  f.exitCode = 2;
  f.buildErrors = "";
  f.stdoutText = std::string("line\n\x0e\0binary\nMARMOT 3\n", 23);
  f.stderrText = "panic: x\n";
  std::string record = encodeRunFacts(f);
  RunFacts back;
  ASSERT_TRUE(decodeRunFacts("stray output first\n" + record, back));
  EXPECT_TRUE(back.built);
  EXPECT_EQ(back.exitCode, 2);
  EXPECT_FALSE(back.timedOut);
  EXPECT_EQ(back.stdoutText, f.stdoutText);
  EXPECT_EQ(back.stderrText, f.stderrText);
  EXPECT_FALSE(decodeRunFacts(record.substr(0, record.size() - 10), back));
  EXPECT_FALSE(decodeRunFacts("nothing here", back));
}

TEST(IsolatedRun, ChildRecordOrItsDeath) {
  RunFacts f;
  f.built = true;
  f.exitCode = 0;
  f.stdoutText = "ken\n";
  std::string file = ::testing::TempDir() + "gosuite_record.txt";
  std::ofstream(file, std::ios::binary) << encodeRunFacts(f);
  RunFacts ok = runChild({"/bin/cat", file}, 10);
  EXPECT_EQ(ok.harnessError, "");
  EXPECT_EQ(judgeRun(ok, "ken\n"), "");
  std::remove(file.c_str());

  RunFacts died = runChild({"/bin/sh", "-c", "echo 'error: symbol multiply defined!' >&2; exit 1"}, 10);
  EXPECT_EQ(judgeRun(died, ""), "the build-and-run process exited with status 1: error: symbol multiply defined!");
  RunFacts killed = runChild({"/bin/sh", "-c", "kill -SEGV $$"}, 10);
  EXPECT_EQ(killed.harnessError, "the build-and-run process crashed");
  RunFacts hung = runChild({"/bin/sh", "-c", "sleep 5"}, 1);
  EXPECT_EQ(hung.harnessError, "the build-and-run process did not finish within 1 s");
  EXPECT_NE(runChild({"/does/not/exist"}, 1).harnessError, "");
}

TEST(Baseline, RegressionsAndNewPasses) {
  std::string path = ::testing::TempDir() + "/baseline-test.txt";
  std::string error;
  ASSERT_TRUE(marmot::gosuite::writeBaseline(path, "board", {"b.go", "a.go", "ken/c.go"}, &error)) << error;
  std::set<std::string> names;
  ASSERT_TRUE(marmot::gosuite::readBaseline(path, &names, &error)) << error;
  EXPECT_EQ(names, (std::set<std::string>{"a.go", "b.go", "ken/c.go"}));  // comments skipped
  auto check = marmot::gosuite::checkBaseline(names, {"a.go", "ken/c.go", "d.go"});
  EXPECT_EQ(check.regressions, (std::vector<std::string>{"b.go"}));
  EXPECT_EQ(check.newPasses, (std::vector<std::string>{"d.go"}));
  EXPECT_FALSE(marmot::gosuite::readBaseline(path + ".missing", &names, &error));
  EXPECT_NE(error.find("cannot read the baseline"), std::string::npos);
}
