// Sleeping in a program that never reads the clock (blinky): the board keeps no time then
// (firmware_contents_test), yet every sleep still lasts at least as long as asked, and the
// processor idles meanwhile instead of spinning. QEMU runs on the host's clock, so the wall
// time of the run bounds the sleeps from below and QEMU's CPU time shows whether the
// emulated processor slept (WFI) or polled. Both bounds only fail in the direction of a
// bug: a loaded machine makes runs longer and gives a spinning QEMU less CPU, not more.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>

#include "harness/program_runner.h"

namespace {

double childCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

class UnclockedSleep : public ::testing::TestWithParam<const char *> {};

TEST_P(UnclockedSleep, LastsAtLeastAsLongAsAskedAndIdles) {
  marmot::testing::ProgramOptions options;
  options.target = GetParam();
  options.program = std::string(MARMOT_FIRMWARE_PROGRAMS) + "/sleeper.go";
  double cpuBefore = childCpuSeconds();
  auto start = std::chrono::steady_clock::now();
  auto run = marmot::testing::buildAndRun(marmot::testing::buildTreeLayout(), options);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = childCpuSeconds() - cpuBefore;
  ASSERT_TRUE(run.built) << run.buildErrors;
  EXPECT_EQ(run.exitCode, 0) << run.stderrText;
  EXPECT_EQ(run.stdoutText, "done\n");
  EXPECT_GE(wall, 2.0) << "the program asks for 2 s of sleep";
  EXPECT_LT(cpu, 1.0) << "QEMU used " << cpu << " s of CPU for 2 s of sleep: the processor did not idle";
}

INSTANTIATE_TEST_SUITE_P(Boards, UnclockedSleep, ::testing::Values("microbit", "cortex-m-qemu", "riscv-qemu"));

}  // namespace
