// Builds the C reference programs (bench/c) with clang-15 -Os and ld.lld-15, the way a
// careful C programmer would for the same board.
#pragma once
#include <string>

#include "result.h"
#include "target.h"

namespace marmot::bench {

toolchain::Result<std::string> buildReferenceC(const toolchain::Target &target, const std::string &benchDir,
                                               const std::string &cFile, const std::string &outElf);

}  // namespace marmot::bench
