// Symbol lookup in a firmware ELF (addresses of functions and objects by name).
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "result.h"

namespace marmot::toolchain {

struct ElfSymbol {
  uint64_t address = 0;  // Thumb bit cleared for functions
  uint64_t size = 0;
  bool isFunction = false;
};

// Every named function and object symbol, by name.
Result<std::map<std::string, ElfSymbol>> readElfSymbols(const std::string &elfPath);

}  // namespace marmot::toolchain
