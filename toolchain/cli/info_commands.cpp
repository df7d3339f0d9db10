// `marmot targets` and `marmot info`: what boards exist and what gopls needs for one.
#include <cstdio>

#include "builder.h"
#include "commands.h"
#include "goroot_merge.h"
#include "target_database.h"

namespace marmot::cli {
using namespace marmot::toolchain;

int commandTargets(const CommandLine &, const InstallLayout &layout) {
  std::vector<std::string> errors;
  auto boards = TargetDatabase(layout.targetsDir()).boards(&errors);
  for (const auto &e : errors) std::fprintf(stderr, "marmot: %s\n", e.c_str());
  for (const auto &b : boards)
    std::printf("%-16s %s%s\n", b.name.c_str(), b.description.c_str(), b.emulated ? " [emulated]" : "");
  return errors.empty() ? 0 : 1;
}

int commandInfo(const CommandLine &cl, const InstallLayout &layout) {
  if (!cl.has("target")) {
    std::fprintf(stderr, "marmot info: missing -target=BOARD (see `marmot targets`)\n");
    return 1;
  }
  auto target = Builder(layout).target(cl.get("target"));
  if (!target.ok()) {
    std::fprintf(stderr, "marmot info: %s\n", target.error().c_str());
    return 1;
  }
  auto goroot = mergedGoroot(layout);
  if (!goroot.ok()) {
    std::fprintf(stderr, "marmot info: %s\n", goroot.error().c_str());
    return 1;
  }
  const Target &t = target.value();
  std::string tags;
  for (const auto &tag : t.buildTags) tags += (tags.empty() ? "" : ",") + tag;
  std::printf("target:      %s\n", t.name.c_str());
  std::printf("LLVM triple: %s\n", t.llvmTarget.c_str());
  std::printf("GOOS:        %s\n", t.goos.c_str());
  std::printf("GOARCH:      %s\n", t.goarch.c_str());
  std::printf("build tags:  %s\n", tags.c_str());
  std::printf("GOROOT:      %s\n", goroot.value().c_str());
  std::printf("garbage collector: %s\n", t.gc.c_str());
  std::printf("scheduler:   %s\n", t.scheduler.c_str());
  return 0;
}

}  // namespace marmot::cli
