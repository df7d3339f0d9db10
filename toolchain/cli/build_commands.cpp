// `marmot build`, `marmot run` and `marmot size`: one build, then write, run or measure.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "builder.h"
#include "console_demux.h"
#include "commands.h"
#include "emulator.h"

namespace marmot::cli {
using namespace marmot::toolchain;

namespace {

// Shared by the three commands: builds and prints diagnostics; nullopt-like via ok flag.
bool buildFromCommandLine(const CommandLine &cl, const InstallLayout &layout, BuildResult &result, bool wantOutput) {
  if (!cl.has("target")) {
    std::fprintf(stderr, "marmot %s: missing -target=BOARD (see `marmot targets`)\n", cl.command.c_str());
    return false;
  }
  if (cl.positionals.size() != 1) {
    std::fprintf(stderr, "marmot %s: expected one package or .go file\n", cl.command.c_str());
    return false;
  }
  BuildRequest request;
  request.target = cl.get("target");
  request.package = cl.positionals[0];
  if (wantOutput) request.output = cl.get("o");
  request.optLevel = cl.get("opt", "z");
  if (request.optLevel.size() != 1 || std::string("012sz").find(request.optLevel) == std::string::npos) {
    std::fprintf(stderr, "marmot: -opt must be 0, 1, 2, s or z\n");
    return false;
  }
  request.gc = cl.get("gc");
  std::string panic = cl.get("panic", "print");
  if (panic != "print" && panic != "trap") {
    std::fprintf(stderr, "marmot: -panic must be print or trap\n");
    return false;
  }
  request.panicTrap = panic == "trap";
  if (cl.has("stack-size")) {
    char *end = nullptr;
    long n = std::strtol(cl.get("stack-size").c_str(), &end, 0);
    if (*end == 'K' || *end == 'k') { n *= 1024; ++end; }
    if (*end != '\0' || n < 256 || n > (1 << 24)) {
      std::fprintf(stderr, "marmot: -stack-size must be a byte count between 256 and 16M (e.g. 4096 or 4K)\n");
      return false;
    }
    request.stackSize = static_cast<uint32_t>(n);
  }
  request.keepIntermediates = cl.has("work");
  // build and size make the firmware for the board itself; run makes it for the emulator.
  request.runsOn = cl.command == "run" ? RunsOn::Emulator : RunsOn::Board;
  result = Builder(layout).build(request);
  for (const auto &d : result.diagnostics) std::fprintf(stderr, "%s\n", d.toString().c_str());
  return result.ok;
}

}  // namespace

int commandBuild(const CommandLine &cl, const InstallLayout &layout) {
  BuildResult result;
  if (!buildFromCommandLine(cl, layout, result, true)) return 1;
  if (cl.has("size")) std::fputs(formatSizeReport(result.size, cl.get("size") == "full").c_str(), stdout);
  if (!cl.has("o")) std::printf("%s\n", result.elfPath.c_str());
  return 0;
}

int commandSize(const CommandLine &cl, const InstallLayout &layout) {
  BuildResult result;
  if (!buildFromCommandLine(cl, layout, result, false)) return 1;
  std::fputs(formatSizeReport(result.size, cl.get("size", "short") == "full").c_str(), stdout);
  return 0;
}

namespace {

// Why `marmot run` should end its emulator early: a signal, or a reader that went away
// (`marmot run ... | head`). Without this, QEMU would outlive marmot and run on.
volatile std::sig_atomic_t g_stopSignal = 0;
bool g_outputClosed = false;

void onStopSignal(int signal) { g_stopSignal = signal; }

void watchForStopRequests() {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes a failed write, seen below
  for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, onStopSignal);
}

}  // namespace

int commandRun(const CommandLine &cl, const InstallLayout &layout) {
  BuildResult result;
  if (!buildFromCommandLine(cl, layout, result, false)) return 1;
  auto target = Builder(layout).target(cl.get("target"));
  EmulatorOptions options;
  options.captureOutput = true;  // streamed through the demultiplexer below
  ConsoleDemux demux([](ConsoleDemux::Stream stream, const std::string &text) {
    std::FILE *out = stream == ConsoleDemux::Stderr ? stderr : stdout;
    std::fwrite(text.data(), 1, text.size(), out);
    if (std::fflush(out) != 0 && errno == EPIPE) g_outputClosed = true;
  });
  watchForStopRequests();
  options.stopRequested = [] { return g_stopSignal != 0 || g_outputClosed; };
  options.onOutput = [&](int stream, const char *data, size_t size) {
    if (stream == 1) demux.feed(data, size);
    else std::fwrite(data, 1, size, stderr);  // QEMU's own messages
  };
  if (cl.has("timeout")) options.timeoutSeconds = static_cast<unsigned>(std::atoi(cl.get("timeout").c_str()));
  std::fflush(stdout);
  auto run = runOnEmulator(target.value(), result.elfPath, options);
  if (!run.ok()) {
    std::fprintf(stderr, "marmot run: %s\n", run.error().c_str());
    return 1;
  }
  if (g_stopSignal) return 128 + g_stopSignal;  // like a shell reports a signal
  if (g_outputClosed) return 128 + SIGPIPE;
  if (run.value().exitCode < 0) {
    std::fprintf(stderr, "marmot run: stopped after %s s (-timeout)\n", cl.get("timeout").c_str());
    return 124;  // like timeout(1)
  }
  return run.value().exitCode;
}

}  // namespace marmot::cli
