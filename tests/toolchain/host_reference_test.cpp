// Keeps the golden files honest: every golden program's expected output must be what
// Go 1.19 itself prints on the host (`go run`), so the emulated boards are compared with
// real Go, not with our own idea of it. usage: host_reference_test GOLDEN_DIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "process.h"

namespace fs = std::filesystem;
using namespace marmot::toolchain;

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: host_reference_test GOLDEN_DIR\n");
    return 2;
  }
  const std::string go = "/usr/lib/go-1.19/bin/go";
  std::string scratch = (fs::temp_directory_path() / ("marmot-hostref-" + std::to_string(::getpid()))).string();
  int passed = 0, failed = 0;
  for (const auto &entry : fs::directory_iterator(argv[1])) {
    if (entry.path().extension() != ".go") continue;
    std::ifstream src(entry.path());
    std::string first;
    std::getline(src, first);
    bool panics = first.rfind("// exit: ", 0) == 0 && first != "// exit: 0";
    std::ifstream outFile(fs::path(entry.path()).replace_extension(".out"));
    std::stringstream want;
    want << outFile.rdbuf();
    ProcessOptions options;
    options.timeoutSeconds = 120;
    options.workingDirectory = entry.path().parent_path().string();
    // GOPATH mode, offline, own caches: nothing outside this machine is consulted.
    setenv("GO111MODULE", "off", 1);
    setenv("GOPROXY", "off", 1);
    setenv("GOCACHE", (scratch + "/cache").c_str(), 1);
    setenv("GOPATH", (scratch + "/gopath").c_str(), 1);
    auto run = runProcess({go, "run", entry.path().filename().string()}, options);
    if (!run.ok()) {
      std::fprintf(stderr, "cannot run %s: %s\n", go.c_str(), run.error().c_str());
      return 1;
    }
    // println and print write to stderr on the host (the board's console on Marmot); panics
    // and fatal errors end the text (a stack overflow's with gc's "runtime: goroutine stack
    // exceeds" lines before it), and `go run` adds its "exit status N" line.
    std::string got = run.value().output.empty() ? run.value().errors : run.value().output;
    for (const char *end : {"panic: ", "fatal error: ", "runtime: goroutine stack exceeds ", "exit status "}) {
      size_t at = got.rfind(std::string("\n") + end);
      if (got.rfind(end, 0) == 0) at = 0;
      else if (at != std::string::npos) at += 1;
      if (at != std::string::npos) got.erase(at);
    }
    bool ok = got == want.str() && (panics ? run.value().exitCode != 0 : run.value().exitCode == 0);
    if (ok) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAIL %s: host Go %s\n", entry.path().filename().c_str(),
                  got != want.str() ? "prints something else than the .out file" : "exits differently");
    }
  }
  fs::remove_all(scratch);
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
