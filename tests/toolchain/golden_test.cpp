// Golden test: builds NAME.go for a board, runs it under QEMU and compares its stdout with
// NAME.out and its exit status with the `// exit: N` comment on the first line (default 0).
// When NAME.err exists, each of its lines must appear in the program's stderr (panic
// messages; their position lines hold paths that differ between machines). A line
// `// gc: none` among the leading comments builds the program with -gc=none; a line
// `// panic: trap` builds it with -panic=trap, and then stderr must hold no message.
// usage: golden_test BOARD FILE.go
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "harness/program_runner.h"

namespace {

std::string readFile(const std::string &path, bool &ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int expectedExit(const std::string &source) {
  const std::string marker = "// exit: ";
  if (source.rfind(marker, 0) == 0) return std::atoi(source.c_str() + marker.size());
  return 0;
}

// The value of a leading `// NAME: VALUE` comment line, or "".
std::string leadingOption(const std::string &source, const std::string &name) {
  std::istringstream in(source);
  std::string line;
  const std::string prefix = "// " + name + ": ";
  while (std::getline(in, line) && line.rfind("//", 0) == 0)
    if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
  return "";
}

// First differing line, for a readable failure.
std::string firstDifference(const std::string &want, const std::string &got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "outputs differ only in the final newline";
    if (ha != hb || la != lb)
      return "line " + std::to_string(line) + ":\n  want: " + (ha ? la : "<end of output>") + "\n  got:  " + (hb ? lb : "<end of output>");
  }
}

// The lines of wantLines that stderr does not contain.
std::string missingStderrLines(const std::string &wantLines, const std::string &stderrText) {
  std::istringstream in(wantLines);
  std::string line, missing;
  while (std::getline(in, line))
    if (!line.empty() && stderrText.find(line) == std::string::npos) missing += "  " + line + "\n";
  return missing;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: golden_test BOARD FILE.go\n");
    return 2;
  }
  std::string file = argv[2];
  bool ok = false;
  std::string source = readFile(file, ok);
  if (!ok) {
    std::fprintf(stderr, "cannot read %s\n", file.c_str());
    return 1;
  }
  std::string outFile = file.substr(0, file.size() - 3) + ".out";
  std::string want = readFile(outFile, ok);
  if (!ok) {
    std::fprintf(stderr, "missing expected output %s\n", outFile.c_str());
    return 1;
  }
  marmot::testing::ProgramOptions options;
  options.target = argv[1];
  options.program = file;
  options.gc = leadingOption(source, "gc");
  options.panicTrap = leadingOption(source, "panic") == "trap";
  auto run = marmot::testing::buildAndRun(marmot::testing::buildTreeLayout(), options);
  if (!run.built) {
    std::fprintf(stderr, "build failed:\n%s", run.buildErrors.c_str());
    return 1;
  }
  int wantExit = expectedExit(source);
  bool hasErrFile = false;
  std::string wantErr = readFile(file.substr(0, file.size() - 3) + ".err", hasErrFile);
  std::string missingErr = hasErrFile ? missingStderrLines(wantErr, run.stderrText) : "";
  bool quietAsAsked = !options.panicTrap || (run.stderrText.find("panic:") == std::string::npos &&
                                             run.stderrText.find("fatal error") == std::string::npos);
  bool pass = run.stdoutText == want && run.exitCode == wantExit && missingErr.empty() && quietAsAsked;
  if (!pass) {
    if (!quietAsAsked) std::fprintf(stderr, "-panic=trap, yet stderr holds a message\n");
    if (!missingErr.empty()) std::fprintf(stderr, "stderr lacks these lines:\n%s", missingErr.c_str());
    if (run.stdoutText != want) std::fprintf(stderr, "stdout differs, %s\n", firstDifference(want, run.stdoutText).c_str());
    if (run.exitCode != wantExit)
      std::fprintf(stderr, "exit status %d, want %d%s\n", run.exitCode, wantExit, run.timedOut ? " (timed out)" : "");
    std::fprintf(stderr, "--- stdout ---\n%s--- stderr ---\n%s\n", run.stdoutText.c_str(), run.stderrText.c_str());
    return 1;
  }
  std::printf("ok %s on %s (flash %llu, ram %llu)\n", file.c_str(), argv[1], (unsigned long long)run.size.flash(),
              (unsigned long long)run.size.ram());
  return 0;
}
