// The `marmot` command: build, run, size, targets, info.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.h"

namespace {

const char *kUsage =
    "usage: marmot COMMAND [flags] [PACKAGE | FILE.go]\n"
    "\n"
    "commands:\n"
    "  build    -target=BOARD [-o out.elf|.bin|.hex|.uf2] [-opt=0|1|2|s|z] [-gc=conservative|leaking|none]\n"
    "           [-panic=print|trap] [-stack-size=N] [-size=short|full] PACKAGE\n"
    "           (-panic=trap: an unrecovered panic or a fault ends the program, status 2,\n"
    "           without a message: smaller firmware)\n"
    "  run      -target=BOARD [-timeout=SECONDS] PACKAGE    build and run on an emulated board\n"
    "  size     -target=BOARD [-size=short|full] PACKAGE   flash and RAM use\n"
    "           (build and size make firmware for the board; for a board that also has an\n"
    "           emulator, run's firmware adds the virtual board's pin channel)\n"
    "  targets                                            list boards\n"
    "  info     -target=BOARD                             GOROOT, GOOS, GOARCH and tags for gopls\n";

}  // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto cl = marmot::cli::parseCommandLine(
      args, {"target", "o", "opt", "gc", "panic", "stack-size", "size", "scheduler", "timeout"}, {"work", "help", "h"});
  if (cl.command.empty() || cl.command == "help" || cl.has("help") || cl.has("h")) {
    std::fputs(kUsage, cl.command.empty() && !cl.has("help") && !cl.has("h") ? stderr : stdout);
    return cl.command.empty() && !cl.has("help") && !cl.has("h") ? 2 : 0;
  }
  if (!cl.error.empty()) {
    std::fprintf(stderr, "marmot %s: %s\n%s", cl.command.c_str(), cl.error.c_str(), kUsage);
    return 2;
  }
  auto layout = marmot::toolchain::InstallLayout::fromExecutable(argv[0]);
  if (cl.command == "build") return marmot::cli::commandBuild(cl, layout);
  if (cl.command == "run") return marmot::cli::commandRun(cl, layout);
  if (cl.command == "size") return marmot::cli::commandSize(cl, layout);
  if (cl.command == "targets") return marmot::cli::commandTargets(cl, layout);
  if (cl.command == "info") return marmot::cli::commandInfo(cl, layout);
  std::fprintf(stderr, "marmot: unknown command \"%s\"\n%s", cl.command.c_str(), kUsage);
  return 2;
}
