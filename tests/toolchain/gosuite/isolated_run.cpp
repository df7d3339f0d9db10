// Spawns through the toolchain's runProcess (argument vectors, pipes, time limit).
#include "isolated_run.h"

#include <unistd.h>

#include "process.h"
#include "run_facts_codec.h"

namespace marmot::gosuite {
namespace {

std::string lastLine(const std::string &text) {
  size_t end = text.find_last_not_of("\r\n \t");
  if (end == std::string::npos) return {};
  size_t start = text.rfind('\n', end);
  start = start == std::string::npos ? 0 : start + 1;
  std::string line = text.substr(start, end - start + 1);
  return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

}  // namespace

RunFacts runChild(const std::vector<std::string> &argv, unsigned limitSeconds) {
  RunFacts facts;
  toolchain::ProcessOptions options;
  options.timeoutSeconds = limitSeconds;
  auto result = toolchain::runProcess(argv, options);
  if (!result.ok()) {
    facts.harnessError = "cannot start the test process: " + result.error();
    return facts;
  }
  const auto &process = result.value();
  if (process.exitCode == 0 && decodeRunFacts(process.output, facts)) return facts;
  std::string why = lastLine(process.errors);
  if (why.rfind("(stopped after", 0) == 0) {  // runProcess's note when it hit the time limit
    facts.harnessError = "the build-and-run process did not finish within " + std::to_string(limitSeconds) + " s";
    return facts;
  }
  facts.harnessError = "the build-and-run process " +
                       (process.exitCode < 0 ? std::string("crashed") : "exited with status " + std::to_string(process.exitCode)) +
                       (why.empty() ? "" : ": " + why);
  return facts;
}

std::string currentExecutable(const std::string &fallback) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return fallback;
  return std::string(buf, static_cast<size_t>(n));
}

}  // namespace marmot::gosuite
