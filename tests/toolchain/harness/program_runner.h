// Test harness shared by the golden tests, the Go test-suite runner and the benchmarks:
// builds one Go program for a board through the toolchain API and runs it under QEMU.
#pragma once
#include <string>

#include "build_request.h"
#include "install_layout.h"

namespace marmot::testing {

struct ProgramRun {
  bool built = false;
  std::string buildErrors;    // diagnostics, one per line, when !built
  std::string stdoutText;     // the program's console output (stderr frames removed)
  std::string stderrText;     // stderr frames (panics) plus QEMU's own messages
  int exitCode = -1;          // -1: timed out or QEMU missing
  bool timedOut = false;
  toolchain::SizeReport size;
};

struct ProgramOptions {
  std::string target;
  std::string program;        // .go file or package folder
  std::string optLevel = "z";
  std::string gc;
  bool panicTrap = false;     // -panic=trap
  unsigned timeoutSeconds = 60;
  std::vector<std::string> extraEmulatorArgs;
};

// The install layout of the build tree this test binary belongs to (MARMOT_PREFIX or
// the folder above bin/).
toolchain::InstallLayout buildTreeLayout();

ProgramRun buildAndRun(const toolchain::InstallLayout &layout, const ProgramOptions &options);

}  // namespace marmot::testing
