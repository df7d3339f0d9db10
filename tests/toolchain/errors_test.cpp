// Diagnostics test: builds FILE.go and checks that every line marked `// ERROR "regexp"`
// gets a diagnostic matching the regexp, and that no other line gets one. A first line
// `// gc: none` builds with -gc=none (its allocation errors come after optimisation); first
// lines `// gc: X` and `// opt: N` set -gc and -opt.
// usage: errors_test BOARD FILE.go
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "builder.h"
#include "harness/program_runner.h"

using marmot::toolchain::Diagnostic;

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: errors_test BOARD FILE.go\n");
    return 2;
  }
  std::string file = argv[2];
  std::ifstream in(file);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", file.c_str());
    return 1;
  }
  std::map<int, std::string> expected;  // line -> regexp
  std::string text;
  std::string gc, opt = "z";
  const std::regex marker(R"re(// ERROR "((?:[^"\\]|\\.)*)")re");
  for (int line = 1; std::getline(in, text); ++line) {
    if (line <= 2 && text.rfind("// gc: ", 0) == 0) gc = text.substr(7);
    if (line <= 2 && text.rfind("// opt: ", 0) == 0) opt = text.substr(8);
    std::smatch m;
    if (std::regex_search(text, m, marker)) expected[line] = m[1];
  }
  marmot::toolchain::BuildRequest request;
  request.target = argv[1];
  request.package = file;
  request.gc = gc;
  request.optLevel = opt;
  auto result = marmot::toolchain::Builder(marmot::testing::buildTreeLayout()).build(request);
  int failures = 0;
  if (result.ok) {
    std::fprintf(stderr, "%s: built without errors, expected %zu\n", file.c_str(), expected.size());
    return 1;
  }
  std::map<int, std::vector<std::string>> got;
  for (const auto &d : result.diagnostics) {
    if (d.file.empty() || d.line == 0) {
      std::fprintf(stderr, "diagnostic without a position: %s\n", d.message.c_str());
      ++failures;
      continue;
    }
    got[d.line].push_back(d.message);
  }
  for (const auto &[line, pattern] : expected) {
    bool matched = false;
    for (const auto &msg : got[line]) matched = matched || std::regex_search(msg, std::regex(pattern));
    if (!matched) {
      std::fprintf(stderr, "%s:%d: no diagnostic matching \"%s\"%s\n", file.c_str(), line, pattern.c_str(),
                   got[line].empty() ? "" : (" (got: " + got[line][0] + ")").c_str());
      ++failures;
    }
  }
  for (const auto &[line, msgs] : got)
    if (!expected.count(line)) {
      std::fprintf(stderr, "%s:%d: unexpected diagnostic: %s\n", file.c_str(), line, msgs[0].c_str());
      ++failures;
    }
  if (failures) return 1;
  std::printf("ok %s: %zu diagnostics as marked\n", file.c_str(), expected.size());
  return 0;
}
