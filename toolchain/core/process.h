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
  // Asked a few times a second (and after each output): true ends the child with SIGKILL,
  // for a caller that was interrupted or whose own output went away.
  std::function<bool()> stopRequested;
};

// Fails only when the program cannot be found or started; a non-zero exit is a success
// with that exit code.
Result<ProcessResult> runProcess(const std::vector<std::string> &argv, const ProcessOptions &options = {});

// Looks a program up on PATH ("" if absent). Names containing '/' are returned as they are.
std::string findProgram(const std::string &name);

}  // namespace marmot::toolchain

namespace marmot::toolchain {

// A child that runs while we do other things (an emulator serving GDB, say). Its output
// goes to /dev/null; it is killed when the object goes away.
class BackgroundProcess {
 public:
  BackgroundProcess() = default;
  BackgroundProcess(const BackgroundProcess &) = delete;
  BackgroundProcess &operator=(const BackgroundProcess &) = delete;
  ~BackgroundProcess() { stop(); }

  Result<bool> start(const std::vector<std::string> &argv);
  bool running();
  void stop();  // SIGKILL and reap

 private:
  int m_pid = -1;
};

}  // namespace marmot::toolchain
