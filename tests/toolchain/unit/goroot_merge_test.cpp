// The merged GOROOT that gopls sees: overlay packages replace standard ones.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "goroot_merge.h"

namespace fs = std::filesystem;

TEST(GorootMerge, OverlayReplacesPackagesAndAddsNewOnes) {
  fs::path tmp = fs::temp_directory_path() / ("marmot-goroot-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  auto touch = [](const fs::path &p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "package x\n";
  };
  touch(tmp / "go/src/runtime/proc.go");
  touch(tmp / "go/src/runtime/debug/debug.go");
  touch(tmp / "go/src/strings/strings.go");
  touch(tmp / "overlay/src/runtime/scheduler.go");
  touch(tmp / "overlay/src/runtime/volatile/volatile.go");
  touch(tmp / "overlay/src/machine/machine.go");
  auto r = marmot::toolchain::mergeGorootTrees((tmp / "go").string(), (tmp / "overlay").string(), (tmp / "out").string());
  ASSERT_TRUE(r.ok()) << r.error();
  fs::path src = tmp / "out/src";
  EXPECT_TRUE(fs::exists(src / "runtime/scheduler.go"));
  EXPECT_FALSE(fs::exists(src / "runtime/proc.go"));
  EXPECT_TRUE(fs::exists(src / "runtime/debug/debug.go"));
  EXPECT_TRUE(fs::exists(src / "runtime/volatile/volatile.go"));
  EXPECT_TRUE(fs::exists(src / "machine/machine.go"));
  EXPECT_TRUE(fs::exists(src / "strings/strings.go"));
  fs::remove_all(tmp);
}
