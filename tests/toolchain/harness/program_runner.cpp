// Build + run through the same API the marmot command uses.
#include "program_runner.h"

#include "builder.h"
#include "console_demux.h"
#include "emulator.h"

namespace marmot::testing {
using namespace marmot::toolchain;

InstallLayout buildTreeLayout() { return InstallLayout::fromExecutable(""); }

ProgramRun buildAndRun(const InstallLayout &layout, const ProgramOptions &options) {
  ProgramRun run;
  BuildRequest request;
  request.target = options.target;
  request.package = options.program;
  request.optLevel = options.optLevel;
  request.gc = options.gc;
  request.panicTrap = options.panicTrap;
  BuildResult built = Builder(layout).build(request);
  if (!built.ok) {
    for (const auto &d : built.diagnostics) run.buildErrors += d.toString() + "\n";
    return run;
  }
  run.built = true;
  run.size = built.size;
  auto target = Builder(layout).target(options.target);
  ConsoleDemux demux([&](ConsoleDemux::Stream s, const std::string &text) {
    (s == ConsoleDemux::Stderr ? run.stderrText : run.stdoutText) += text;
  });
  EmulatorOptions emu;
  emu.captureOutput = true;
  emu.timeoutSeconds = options.timeoutSeconds;
  emu.extraArguments = options.extraEmulatorArgs;
  emu.onOutput = [&](int stream, const char *data, size_t size) {
    if (stream == 1) demux.feed(data, size);
    else run.stderrText.append(data, size);
  };
  auto result = runOnEmulator(target.value(), built.elfPath, emu);
  if (!result.ok()) {
    run.stderrText += result.error();
    return run;
  }
  run.exitCode = result.value().exitCode;
  run.timedOut = run.exitCode < 0;
  return run;
}

}  // namespace marmot::testing
