// Exact instruction counts of firmware paths under QEMU: one instruction per translation
// block (-singlestep) with every executed block logged (-d exec,nochain), under -icount.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "result.h"
#include "target.h"

namespace marmot::bench {

struct TraceCounts {
  uint64_t total = 0;                 // instructions executed until the program ended
  std::vector<uint64_t> firstReached; // per requested address: instructions before it first ran (0 if never)
};

// Runs elfPath on target's emulator with tracing, counting instructions until each of
// `addresses` first executes and in total.
toolchain::Result<TraceCounts> countInstructions(const toolchain::Target &target, const std::string &elfPath,
                                                 const std::vector<uint64_t> &addresses, const std::string &scratchDir);

}  // namespace marmot::bench
