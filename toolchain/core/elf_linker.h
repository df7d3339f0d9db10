// Links object files into a firmware ELF with lld, in-process.
#pragma once
#include <string>
#include <vector>

#include "result.h"

namespace marmot::toolchain {

struct LinkRequest {
  std::vector<std::string> objects;   // object files and archives, in order
  std::string linkerScript;           // -T
  std::vector<std::string> searchDirs; // -L (for INCLUDE in linker scripts)
  std::string output;
  std::string mapFile;                // optional
};

Result<bool> linkElf(const LinkRequest &request);

}  // namespace marmot::toolchain
