// A board or chip description, resolved from the JSON files in toolchain/targets/
// (after following "inherits"). Plain data: no LLVM or Qt types.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace marmot::toolchain {

// A LED or button drawn on the virtual board of an emulated target.
struct VirtualPin {
  std::string name;
  uint32_t pin = 0;  // the machine package's pin number
};

struct Target {
  std::string name;            // file name without .json, e.g. "cortex-m-qemu"
  std::string description;
  std::string llvmTarget;      // LLVM triple
  std::string cpu;
  std::string features;
  std::string floatAbi;        // "soft" or "hard"
  std::string abi;             // RISC-V ABI name, empty elsewhere
  std::string goos = "linux";
  std::string goarch = "arm";
  std::vector<std::string> buildTags;
  std::string gc = "conservative";
  std::string scheduler = "tasks";
  std::string runtimeVariant;  // runtime bitcode and builtins: lib/marmot/runtime/<v>.bc
  std::string linkerScript;    // file name inside the targets folder
  uint32_t defaultStackSize = 2048;
  uint64_t flashSize = 0;
  uint64_t ramSize = 0;
  bool emulated = false;
  std::vector<std::string> emulator;  // argv; "{elf}" is replaced by the firmware path
  // How "PIN n v" lines travel between the emulated board and the host
  // (docs/emulated-gpio.md): "pipe" (UART1 on a QEMU pipe chardev: FIFOs {pins}.in and
  // {pins}.out) or "semihosting-files" (marmot-pins.log / marmot-pins-in.log in QEMU's folder).
  std::string pinChannel;
  std::vector<std::string> pinReportArguments;  // extra emulator arguments; "{pins}" is replaced
  std::vector<VirtualPin> virtualLeds;
  std::vector<VirtualPin> virtualButtons;
  std::vector<std::string> usbIds;    // "vid:pid"
  std::string flashMethod;
  std::vector<std::string> msdVolumeNames;
  std::string openocdInterface;
  std::string openocdTarget;

  // A target is a board when it can be built for: it names a runtime and a linker script.
  bool isBuildable() const { return !runtimeVariant.empty() && !linkerScript.empty(); }
};

}  // namespace marmot::toolchain
