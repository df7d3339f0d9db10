// QEMU command lines and runs.
#include "emulator.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>

#include "emulator_noise.h"

namespace marmot::toolchain {

Result<std::vector<std::string>> emulatorCommand(const Target &target, const std::string &elfPath,
                                                 const std::vector<std::string> &extra) {
  using R = Result<std::vector<std::string>>;
  if (target.emulator.empty())
    return R::failure(target.name + " is a real board without an emulator: connect it and use flash, or pick an emulated board");
  std::vector<std::string> argv;
  for (const auto &arg : target.emulator) argv.push_back(arg == "{elf}" ? elfPath : arg);
  argv.insert(argv.end(), extra.begin(), extra.end());
  return R::success(argv);
}

Result<ProcessResult> runOnEmulator(const Target &target, const std::string &elfPath, const EmulatorOptions &options) {
  auto argv = emulatorCommand(target, elfPath, options.extraArguments);
  if (!argv.ok()) return Result<ProcessResult>::failure(argv.error());
  const std::string &qemu = argv.value().front();
  if (findProgram(qemu).empty()) {
    std::string package = qemu == "qemu-system-arm" ? "qemu-system-arm" : "qemu-system-misc";
    return Result<ProcessResult>::failure(qemu + " is not installed; it runs the emulated " + target.name +
                                          " board (install it: sudo apt-get install " + package + ")");
  }
  ProcessOptions p;
  p.captureStdout = options.captureOutput;
  p.captureStderr = options.captureOutput;
  p.timeoutSeconds = options.timeoutSeconds;
  p.stopRequested = options.stopRequested;
  // QEMU runs in a folder of its own: semihosting files (pin reports) land there, not in the
  // user's current folder.
  std::string scratch = (std::filesystem::temp_directory_path() / "marmot-run-XXXXXX").string();
  if (mkdtemp(scratch.data())) p.workingDirectory = scratch;
  else scratch.clear();
  auto noise = std::make_shared<EmulatorNoiseFilter>();
  if (options.onOutput) {
    p.onOutput = [noise, sink = options.onOutput](int stream, const char *data, size_t size) {
      if (stream != 2) return sink(stream, data, size);
      std::string kept = noise->feed(data, size);
      if (!kept.empty()) sink(2, kept.data(), kept.size());
    };
  }
  auto result = runProcess(argv.value(), p);
  if (!scratch.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);
  }
  if (options.onOutput) {
    std::string rest = noise->flush();
    if (!rest.empty()) options.onOutput(2, rest.data(), rest.size());
  } else if (result.ok()) {
    std::string kept = noise->feed(result.value().errors.data(), result.value().errors.size()) + noise->flush();
    result.value().errors = kept;
  }
  return result;
}

}  // namespace marmot::toolchain
