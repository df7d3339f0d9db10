// Parses QEMU's exec trace ("Trace 0: 0x... [cpu/pc/flags/...] ...") to count instructions.
#include "instruction_trace.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "emulator.h"

namespace marmot::bench {
using namespace marmot::toolchain;

Result<TraceCounts> countInstructions(const Target &target, const std::string &elfPath,
                                      const std::vector<uint64_t> &addresses, const std::string &scratchDir) {
  std::string log = scratchDir + "/exec-trace.log";
  std::remove(log.c_str());
  EmulatorOptions options;
  options.captureOutput = true;
  options.timeoutSeconds = 120;
  options.extraArguments = {"-icount", "shift=0", "-singlestep", "-d", "exec,nochain", "-D", log};
  auto run = runOnEmulator(target, elfPath, options);
  if (!run.ok()) return Result<TraceCounts>::failure(run.error());
  if (run.value().exitCode != 0)
    return Result<TraceCounts>::failure("the benchmark program failed (exit " + std::to_string(run.value().exitCode) +
                                        "): " + run.value().output + run.value().errors);
  std::FILE *f = std::fopen(log.c_str(), "r");
  if (!f) return Result<TraceCounts>::failure("QEMU wrote no trace to " + log);
  TraceCounts counts;
  counts.firstReached.assign(addresses.size(), 0);
  char line[512];
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "Trace ", 6) != 0) continue;
    const char *bracket = std::strchr(line, '[');
    const char *slash = bracket ? std::strchr(bracket, '/') : nullptr;
    if (!slash) continue;
    uint64_t pc = std::strtoull(slash + 1, nullptr, 16);
    for (size_t i = 0; i < addresses.size(); ++i)
      if (counts.firstReached[i] == 0 && pc == addresses[i]) counts.firstReached[i] = counts.total;
    ++counts.total;
  }
  std::fclose(f);
  std::remove(log.c_str());
  if (counts.total == 0) return Result<TraceCounts>::failure("the exec trace was empty (does this QEMU support -d exec?)");
  return Result<TraceCounts>::success(counts);
}

}  // namespace marmot::bench
