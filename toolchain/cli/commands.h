// The marmot subcommands. Each returns the process exit status.
#pragma once
#include "command_line.h"
#include "install_layout.h"

namespace marmot::cli {

int commandBuild(const CommandLine &cl, const toolchain::InstallLayout &layout);
int commandRun(const CommandLine &cl, const toolchain::InstallLayout &layout);
int commandSize(const CommandLine &cl, const toolchain::InstallLayout &layout);
int commandTargets(const CommandLine &cl, const toolchain::InstallLayout &layout);
int commandInfo(const CommandLine &cl, const toolchain::InstallLayout &layout);

}  // namespace marmot::cli
