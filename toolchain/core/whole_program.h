// Whole-program facts the linked module (program + runtime) makes certain, used before the
// optimiser runs: type tests against types that no interface can hold are folded away,
// package-level map literals nothing reads are not built, package-level variables nothing
// reads lose their stores (and what was computed only for them), the Cortex-M vector table ends
// after the last interrupt a handler can exist for, and the runtime's link flags
// (does the program defer? does any float type reach an interface?) are defined, so a
// program that does not use a feature does not carry its code or its data.
#pragma once

namespace llvm {
class Module;
}

namespace marmot::toolchain {

// Runs dead-global elimination, folds type tests that can never succeed and cleans up,
// a few rounds until nothing changes; then defines the link flags from what is left.
// Call after internalising, for optimised builds.
void applyWholeProgramFacts(llvm::Module &module);

// Defines every link flag as "feature used" (debug builds keep the full runtime paths).
void defineConservativeLinkFlags(llvm::Module &module);

// Gives the runtime's declared flag `name` its value (when the runtime declares it): for
// flags that come from the build request rather than from the program.
void defineLinkFlag(llvm::Module &module, const char *name, bool value);

}  // namespace marmot::toolchain
