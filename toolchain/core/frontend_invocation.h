// Runs marmot-frontend (Go source -> LLVM IR) as a child process with an argument vector.
#pragma once
#include <string>
#include <vector>

#include "diagnostic.h"
#include "install_layout.h"
#include "result.h"
#include "target.h"

namespace marmot::toolchain {

struct FrontendRequest {
  std::string package;   // absolute directory or file
  std::string workDir;   // diagnostics are relative to it
  std::string gc;
  std::string optLevel = "z";  // 0 and 1 give debugging frames (every variable in a stack slot)
  uint32_t stackSize = 0;
  std::string outputIr;
};

// Success with no diagnostics: the IR was written. Success with diagnostics: compile errors.
// Failure: the front end could not run or failed internally (the message says which).
Result<std::vector<Diagnostic>> runFrontend(const InstallLayout &layout, const Target &target, const FrontendRequest &request);

// The argument vector, for tests and for `marmot info`.
std::vector<std::string> frontendArguments(const InstallLayout &layout, const Target &target, const FrontendRequest &request);

}  // namespace marmot::toolchain
