// Runs firmware on an emulated board (QEMU), from the target's "emulator" command line.
#pragma once
#include <string>
#include <vector>

#include "process.h"
#include "result.h"
#include "target.h"

namespace marmot::toolchain {

struct EmulatorOptions {
  bool captureOutput = false;      // false: the board's console goes to our stdout
  unsigned timeoutSeconds = 0;     // 0: until the program exits
  std::vector<std::string> extraArguments;  // e.g. {"-S", "-gdb", "tcp:127.0.0.1:PORT"}
  std::function<void(int stream, const char *data, size_t size)> onOutput;  // live output
  std::function<bool()> stopRequested;  // true ends the emulator (see ProcessOptions)
};

// The QEMU argument vector for a firmware ELF, or a message when the board is not emulated.
Result<std::vector<std::string>> emulatorCommand(const Target &target, const std::string &elfPath,
                                                 const std::vector<std::string> &extra = {});

// Fails when QEMU is missing; otherwise the program's exit status is QEMU's.
Result<ProcessResult> runOnEmulator(const Target &target, const std::string &elfPath, const EmulatorOptions &options);

}  // namespace marmot::toolchain
