// The one build API shared by the `marmot` command and the IDE: a request in,
// diagnostics and artifacts out.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "size_report.h"

namespace marmot::toolchain {

enum class OutputFormat { Elf, Bin, Hex, Uf2 };

// Where the firmware will run. On the emulator it carries the virtual board's pin channel
// (docs/emulated-gpio.md); firmware for a real board does not (on the board the channel's
// semihosting calls would trap, or write files on the debugging host). A target without
// real hardware always runs on its emulator.
enum class RunsOn { Emulator, Board };

struct BuildRequest {
  std::string target;          // target name, e.g. "cortex-m-qemu"
  std::string package;         // directory, .go file or import path
  std::string workDir = ".";   // where relative paths are resolved
  std::string output;          // empty: a temporary ELF in the cache folder
  std::string optLevel = "z";  // 0 1 2 s z
  std::string gc;              // empty: the target's default
  uint32_t stackSize = 0;      // 0: the target's default
  bool keepIntermediates = false;
  RunsOn runsOn = RunsOn::Emulator;
  // -panic=trap: an unrecovered panic or a fault ends the program (status 2) without a
  // message, for the smallest firmware; recover still works. Default: print (gc's messages).
  bool panicTrap = false;
};

struct BuildResult {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;  // compile errors, or one message for other failures
  std::string elfPath;                  // always produced on success (for run, debug, size)
  std::string outputPath;               // the requested output (may equal elfPath)
  SizeReport size;
};

// Infers the format from the file extension (.elf .bin .hex .uf2); ELF otherwise.
OutputFormat outputFormatFor(const std::string &path);

}  // namespace marmot::toolchain
