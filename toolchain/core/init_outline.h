// Package initialisation off the main goroutine's stack: when the optimiser has inlined a
// lot of initialisation code into runtime.callMain, that code moves into a function of its
// own, so its stack slots and spills are gone before main.main runs. On the micro:bit the
// main goroutine has 1.5 KiB: encoding/json's and encoding/base64's initialisers, inlined,
// kept 700 bytes of it for the whole program.
#pragma once

namespace llvm {
class Module;
}

namespace marmot::toolchain {

// Call after the optimiser. Programs whose initialisation is small stay as they are.
void outlineLargeInitialisation(llvm::Module &module);

}  // namespace marmot::toolchain
