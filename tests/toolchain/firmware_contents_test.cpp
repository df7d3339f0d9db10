// What goes into a firmware image: the virtual board's pin channel only where the firmware
// runs on the emulator, the nRF51's clock on TIMER0 (it has no SysTick) only for programs
// that read the clock, a scheduler only for programs that start goroutines, no message code
// with -panic=trap; concurrent builds do not mix their files. Checked by the symbols of
// real builds.
#include <gtest/gtest.h>

#include <thread>

#include "builder.h"
#include "elf_symbols.h"
#include "harness/program_runner.h"

using namespace marmot;
using namespace marmot::toolchain;

namespace {

std::map<std::string, ElfSymbol> symbolsOf(const std::string &target, const std::string &program, RunsOn runsOn,
                                           bool panicTrap = false) {
  BuildRequest request;
  request.target = target;
  request.package = std::string(MARMOT_FIRMWARE_PROGRAMS) + "/" + program;
  request.runsOn = runsOn;
  request.panicTrap = panicTrap;
  BuildResult built = Builder(marmot::testing::buildTreeLayout()).build(request);
  EXPECT_TRUE(built.ok) << (built.diagnostics.empty() ? "" : built.diagnostics.front().toString());
  if (!built.ok) return {};
  auto symbols = readElfSymbols(built.elfPath);
  EXPECT_TRUE(symbols.ok()) << symbols.error();
  return symbols.ok() ? symbols.value() : std::map<std::string, ElfSymbol>{};
}

bool has(const std::map<std::string, ElfSymbol> &symbols, const char *name) { return symbols.count(name) != 0; }

TEST(FirmwareContents, BoardFirmwareHasNoPinChannel) {
  auto board = symbolsOf("microbit", "sleeper.go", RunsOn::Board);
  auto emulated = symbolsOf("microbit", "sleeper.go", RunsOn::Emulator);
  ASSERT_FALSE(board.empty());
  ASSERT_FALSE(emulated.empty());
  EXPECT_FALSE(has(board, "pinFile")); // the semihosting channel's file handle
  EXPECT_TRUE(has(emulated, "pinFile"));
}

TEST(FirmwareContents, AnEmulatorOnlyBoardAlwaysReportsItsPins) {
  // cortex-m-qemu has no real hardware: its firmware only ever runs on the emulator, so
  // asking for board firmware gives the same image.
  auto board = symbolsOf("cortex-m-qemu", "sleeper.go", RunsOn::Board);
  auto emulated = symbolsOf("cortex-m-qemu", "sleeper.go", RunsOn::Emulator);
  ASSERT_FALSE(board.empty());
  ASSERT_EQ(board.size(), emulated.size());
  for (const auto &[name, symbol] : emulated) {
    ASSERT_TRUE(has(board, name.c_str())) << name;
    EXPECT_EQ(board.at(name).size, symbol.size) << name;
  }
}

// The nRF51 keeps time on TIMER0 (interrupt 8) for a program that reads the clock. A
// program that only sleeps keeps none: TIMER0 runs during each sleep, its interrupt is
// never taken, and the vector table holds the system exceptions only.
TEST(FirmwareContents, Nrf51KeepsTimeOnTimer0OnlyForProgramsThatReadTheClock) {
  auto clocked = symbolsOf("microbit", "clocked.go", RunsOn::Board);
  auto sleeper = symbolsOf("microbit", "sleeper.go", RunsOn::Board);
  ASSERT_TRUE(has(clocked, "rt_vectors"));
  ASSERT_TRUE(has(sleeper, "rt_vectors"));
  EXPECT_TRUE(has(clocked, "rt_timeIrqHandler"));
  EXPECT_TRUE(has(clocked, "nsNow")); // the 64-bit clock
  EXPECT_FALSE(has(clocked, "rt_systickHandler"));
  EXPECT_EQ(clocked.at("rt_vectors").size, 4u * (16 + 9));
  EXPECT_FALSE(has(sleeper, "rt_timeIrqHandler"));
  EXPECT_FALSE(has(sleeper, "nsNow"));
  EXPECT_EQ(sleeper.at("rt_vectors").size, 4u * 16);
}

TEST(FirmwareContents, PanicTrapLinksNoMessageCode) {
  auto printing = symbolsOf("microbit", "sleeper.go", RunsOn::Board);
  auto trapping = symbolsOf("microbit", "sleeper.go", RunsOn::Board, true);
  ASSERT_FALSE(printing.empty());
  ASSERT_FALSE(trapping.empty());
  EXPECT_TRUE(has(printing, "rt_printHex")); // the fault report's pc and lr
  EXPECT_FALSE(has(trapping, "rt_printHex"));
  EXPECT_FALSE(has(trapping, "printExceptionNumber"));
}

TEST(FirmwareContents, OnlyProgramsWithGoroutinesLinkTheScheduler) {
  auto alone = symbolsOf("cortex-m-qemu", "sleeper.go", RunsOn::Emulator);
  auto spawner = symbolsOf("cortex-m-qemu", "spawner.go", RunsOn::Emulator);
  ASSERT_FALSE(alone.empty());
  ASSERT_FALSE(spawner.empty());
  EXPECT_FALSE(has(alone, "rt_pickNext"));
  EXPECT_TRUE(has(spawner, "rt_pickNext"));
}

// Two builds of one package at once (the IDE and a terminal) each get a whole firmware: they
// do not write into each other's files in the build cache.
TEST(FirmwareContents, ConcurrentBuildsOfOnePackageBothSucceed) {
  auto buildOnce = [](BuildResult *out) {
    BuildRequest request;
    request.target = "cortex-m-qemu";
    request.package = std::string(MARMOT_FIRMWARE_PROGRAMS) + "/spawner.go";
    *out = Builder(marmot::testing::buildTreeLayout()).build(request);
  };
  for (int round = 0; round < 3; ++round) {
    BuildResult first, second;
    std::thread other(buildOnce, &second);
    buildOnce(&first);
    other.join();
    ASSERT_TRUE(first.ok) << (first.diagnostics.empty() ? "" : first.diagnostics.front().toString());
    ASSERT_TRUE(second.ok) << (second.diagnostics.empty() ? "" : second.diagnostics.front().toString());
    for (const BuildResult *r : {&first, &second}) {
      auto symbols = readElfSymbols(r->elfPath);
      ASSERT_TRUE(symbols.ok()) << symbols.error();
      EXPECT_TRUE(has(symbols.value(), "rt_pickNext"));
    }
  }
}

}  // namespace
