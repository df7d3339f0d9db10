// A GOROOT for tools (gopls) that sees Marmot's overlay packages in place of the
// standard ones: a folder of symbolic links into Debian's GOROOT and the overlay.
#pragma once
#include <string>

#include "install_layout.h"
#include "result.h"

namespace marmot::toolchain {

// Creates (or refreshes) <cache>/goroot and returns its path.
Result<std::string> mergedGoroot(const InstallLayout &layout);

// The merge itself, for tests: a package folder present in the overlay with .go files
// replaces the standard one; folders only in one tree are linked whole.
Result<bool> mergeGorootTrees(const std::string &goroot, const std::string &overlay, const std::string &out);

}  // namespace marmot::toolchain
