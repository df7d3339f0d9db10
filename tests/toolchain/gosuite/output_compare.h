// Judges one run the way Go's test/run.go judges a `// run` test: it must build, exit with
// status 0 and print exactly the .out file (or nothing when there is none). Go compares
// stdout and stderr together; on Marmot println writes to the console (stdout) and only
// runtime failures use the stderr frames, which the exit status already catches.
#pragma once
#include <string>

namespace marmot::gosuite {

struct RunFacts {
  bool built = false;
  std::string buildErrors;
  std::string stdoutText;
  std::string stderrText;
  int exitCode = -1;
  bool timedOut = false;
  unsigned timeoutSeconds = 0;
  std::string harnessError;  // the process building and running the test died: why
};

// Empty when the run passes; otherwise the failure reason for the `FAIL name: reason` line.
std::string judgeRun(const RunFacts &run, const std::string &expectedOutput);

// The first line where two outputs differ, as `line N: want "..." got "..."`; empty if equal.
// "\r\n" counts as "\n".
std::string firstDifference(const std::string &want, const std::string &got);

// The line that best says why a program failed: the first line of its stderr that starts with
// "panic:" or "fatal error:" (QEMU's own warnings share that stream), else the first line.
std::string failureLine(const std::string &stderrText);

// The first non-empty line of a text ("" when none), shortened to `limit` characters.
std::string firstLine(const std::string &text, size_t limit = 200);

}  // namespace marmot::gosuite
