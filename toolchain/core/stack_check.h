// Software stack overflow checks for targets without a hardware stack guard (Cortex-M0,
// RISC-V): the prologue of Go functions compares the stack pointer with the limit the runtime
// keeps for the running stack, and calls the runtime's report when it is below
// (runtime/c/common/internal.h, "Elsewhere ... the compiler checks in software").
#pragma once

#include "result.h"

namespace llvm {
class Module;
}

namespace marmot::toolchain {

// Marks every function defined in the front end's module as Go code. Call before linking
// the runtime: only marked functions (and their clones) get checks.
void markGoFunctions(llvm::Module &program);

// Inserts the checks after optimisation, when inlining has settled which functions call
// others. Does nothing when the linked runtime does not keep a limit (the variant has a
// hardware guard). Returns the number of functions checked; fails when the runtime's symbols
// are not what this code expects.
Result<unsigned> insertStackChecks(llvm::Module &module);

}  // namespace marmot::toolchain
