// Flash and RAM use of a linked firmware image, in total and per Go package.
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "result.h"

namespace marmot::toolchain {

struct PackageSize {
  uint64_t code = 0;    // .text
  uint64_t rodata = 0;  // read-only data in flash
  uint64_t data = 0;    // initialised RAM (also stored in flash)
  uint64_t bss = 0;     // zeroed RAM
  uint64_t flash() const { return code + rodata + data; }
  uint64_t ram() const { return data + bss; }
};

struct SizeReport {
  uint64_t code = 0, rodata = 0, data = 0, bss = 0;
  uint64_t flashCapacity = 0, ramCapacity = 0;
  std::map<std::string, PackageSize> packages;  // by Go package path ("(C runtime)", ...)
  uint64_t flash() const { return code + rodata + data; }
  uint64_t ram() const { return data + bss; }
};

// Reads the ELF's allocated sections and symbols. Stacks and heap are counted in bss
// when the linker script places them there.
Result<SizeReport> measureElf(const std::string &elfPath);

// "   code    data     bss |   flash     ram" table; full adds one row per package.
std::string formatSizeReport(const SizeReport &report, bool full);

}  // namespace marmot::toolchain
