// -gc=none: heap allocations that do not outlive their function become stack slots, and
// the ones left after optimisation are the program's errors ("allocation with -gc=none"),
// each at the Go line that allocates. The front end tags every allocating runtime call of
// the program's code with !marmot.alloc metadata naming what it allocates.
#pragma once
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace llvm {
class Function;
class Module;
class PassBuilder;
}  // namespace llvm

namespace marmot::toolchain {

// Replaces runtime_alloc calls of a constant size whose result never escapes the function
// by zeroed stack slots; true if any was replaced.
bool stackAllocateNonEscaping(llvm::Function &function);

// Adds that rewrite to the optimisation pipeline, after inlining (so closures called where
// they are made no longer capture through the heap).
void registerStackAllocation(llvm::PassBuilder &builder);

// The program's allocation sites by position (file, line, column, runtime function) and
// the error each one is ("file:line:col: allocation with -gc=none: what", with the Go
// position the front end gave), read from the front end's tags. Positions survive optimisation
// (inlined copies keep them); the tags themselves may not.
using AllocationSite = std::tuple<std::string, unsigned, unsigned, std::string>;
using AllocationSites = std::map<AllocationSite, std::string>;
AllocationSites collectAllocationSites(const llvm::Module &module);

// "file:line:col: allocation with -gc=none: what" for every call of an allocating runtime
// function still in the module at one of the program's allocation sites.
std::vector<std::string> remainingAllocations(const llvm::Module &module, const AllocationSites &sites);

}  // namespace marmot::toolchain
