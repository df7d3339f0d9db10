// Command line of marmot-gosuite:
//   marmot-gosuite -target=BOARD [-j N] [-run REGEXP] [-v] [-list] [-timeout S] [-opt L] [TESTDIR]
// -list prints the selection and the skip decisions without building anything.
// -single=FILE (internal) builds and runs one program and prints its RunFacts record: the
// runner starts itself this way once per test.
// Flags take `-flag=value` or `-flag value`; a double dash (`--flag`) works too.
#pragma once
#include <string>
#include <vector>

namespace marmot::gosuite {

struct SuiteOptions {
  std::string target;
  unsigned jobs = 1;
  std::string runPattern;  // empty: every test
  bool verbose = false;
  bool listOnly = false;
  std::string singleProgram;
  std::string baseline;       // -baseline FILE: exit status says whether a listed test regressed
  std::string writeBaseline;  // -write-baseline FILE: record the tests that pass
  unsigned timeoutSeconds = 20;
  std::string optLevel = "z";
  std::string testRoot = "/usr/lib/go-1.19/test";
};

// Empty on success, else a message for the user (the caller prints usage too).
std::string parseSuiteOptions(const std::vector<std::string> &args, SuiteOptions &options);

const char *suiteUsage();

}  // namespace marmot::gosuite
