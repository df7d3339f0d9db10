// Runs a program with an argument vector (never through a shell) and captures its output.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "result.h"

namespace marmot::toolchain {

struct ProcessResult {
  int exitCode = -1;      // -1 when it could not be started or was killed by a signal
  std::string output;     // stdout (when captured)
  std::string errors;     // stderr (when captured)
};

struct ProcessOptions {
  bool captureStdout = true;   // false: the child writes to our stdout
  bool captureStderr = true;
  std::string workingDirectory;
  unsigned timeoutSeconds = 0; // 0: no limit
  // When set, captured output is handed over as it arrives (stream 1 or 2) instead of
  // being collected in ProcessResult.
  std::function<void(int stream, const char *data, size_t size)> onOutput;
};

// Fails only when the program cannot be found or started; a non-zero exit is a success
// with that exit code.
Result<ProcessResult> runProcess(const std::vector<std::string> &argv, const ProcessOptions &options = {});

// Looks a program up on PATH ("" if absent). Names containing '/' are returned as they are.
std::string findProgram(const std::string &name);

}  // namespace marmot::toolchain
