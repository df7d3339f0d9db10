// Reads the loadable contents of a firmware ELF and writes it as BIN, Intel HEX or UF2.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "build_request.h"
#include "result.h"

namespace marmot::toolchain {

struct ImageSegment {
  uint64_t address = 0;  // load (flash) address
  std::vector<uint8_t> bytes;
};

// The PT_LOAD segments with file contents, by physical address, sorted.
Result<std::vector<ImageSegment>> readLoadSegments(const std::string &elfPath);

std::string toIntelHex(const std::vector<ImageSegment> &segments);
// A flat image from the lowest to the highest address, gaps filled with 0xFF (erased flash).
std::vector<uint8_t> toBinary(const std::vector<ImageSegment> &segments);
std::vector<uint8_t> toUf2(const std::vector<ImageSegment> &segments, uint32_t familyId);

// Writes elfPath as format to outPath (copying for ELF).
Result<bool> writeImage(const std::string &elfPath, OutputFormat format, const std::string &outPath, uint32_t uf2FamilyId);

}  // namespace marmot::toolchain
