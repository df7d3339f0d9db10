// Turns the front end's IR plus the runtime bitcode into one optimised object file,
// in-process with LLVM 15.
#pragma once
#include <string>
#include <vector>

#include "result.h"
#include "target.h"

namespace marmot::toolchain {

struct IrCompileRequest {
  std::string programIr;       // textual IR from marmot-frontend
  std::string runtimeBitcode;  // lib/marmot/runtime/<variant>.bc
  std::string objectPath;      // where to write the object file
  std::string optLevel = "z";  // 0 1 2 s z
  std::string optimizedIrPath; // optional: write the optimised module here (debugging)
  bool gcNone = false;         // -gc=none: allocations left after optimisation are errors
  bool hostPins = true;        // link the virtual board's pin channel (BuildRequest::runsOn)
  bool panicTrap = false;      // BuildRequest::panicTrap
  // With gcNone: receives "file:line:col: allocation with -gc=none: what" per allocation
  // left (the build then fails with these as the program's diagnostics).
  std::vector<std::string> *allocationErrors = nullptr;
};

// Returns an empty string on success; fails with a message for invalid IR or a back-end error.
Result<bool> compileIr(const Target &target, const IrCompileRequest &request);

}  // namespace marmot::toolchain
