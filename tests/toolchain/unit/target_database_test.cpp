// Target files: inheritance, appended tag lists, and the messages for bad files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "target_database.h"

using marmot::toolchain::TargetDatabase;
namespace fs = std::filesystem;

namespace {

class TargetDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("marmot-targets-" + std::to_string(::getpid()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  void write(const std::string &name, const std::string &json) { std::ofstream(m_dir / (name + ".json")) << json; }
  TargetDatabase db() const { return TargetDatabase(m_dir.string()); }
  fs::path m_dir;
};

TEST_F(TargetDatabaseTest, ChildOverridesAndTagsAccumulate) {
  write("base", R"({"llvm-target": "thumbv7m-none-eabi", "cpu": "cortex-m3", "build-tags": ["cortexm"], "default-stack-size": 2048})");
  write("board", R"({"inherits": ["base"], "cpu": "cortex-m4", "build-tags": ["myboard"], "runtime": "rt", "linkerscript": "b.ld"})");
  auto t = db().load("board");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t.value().cpu, "cortex-m4");
  EXPECT_EQ(t.value().llvmTarget, "thumbv7m-none-eabi");
  EXPECT_EQ(t.value().defaultStackSize, 2048u);
  EXPECT_EQ(t.value().buildTags, (std::vector<std::string>{"cortexm", "myboard"}));
  EXPECT_TRUE(t.value().isBuildable());
}

TEST_F(TargetDatabaseTest, VirtualBoardAndPinReportArguments) {
  write("emu", R"({"llvm-target": "t", "runtime": "r", "linkerscript": "l",
    "pin-report-arguments": ["-serial", "file:{pins}"],
    "virtual-board": {"leds": [{"name": "LED", "pin": 40}], "buttons": [{"name": "A", "pin": 17}, {"name": "B", "pin": 26}]}})");
  auto t = db().load("emu");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t.value().pinReportArguments, (std::vector<std::string>{"-serial", "file:{pins}"}));
  ASSERT_EQ(t.value().virtualLeds.size(), 1u);
  EXPECT_EQ(t.value().virtualLeds[0].pin, 40u);
  ASSERT_EQ(t.value().virtualButtons.size(), 2u);
  EXPECT_EQ(t.value().virtualButtons[1].name, "B");
}

TEST_F(TargetDatabaseTest, UnknownTargetSaysHowToList) {
  auto t = db().load("nope");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().find("unknown target \"nope\""), std::string::npos);
  EXPECT_NE(t.error().find("marmot targets"), std::string::npos);
}

TEST_F(TargetDatabaseTest, InheritanceCycleIsAnError) {
  write("a", R"({"inherits": ["b"]})");
  write("b", R"({"inherits": ["a"]})");
  auto t = db().load("a");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().find("inherits from itself"), std::string::npos);
}

TEST_F(TargetDatabaseTest, BrokenJsonNamesTheFile) {
  write("bad", "{ \"cpu\": ");
  auto t = db().load("bad");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().find("bad.json: invalid JSON"), std::string::npos);
}

TEST_F(TargetDatabaseTest, PathsInNamesAreRejected) {
  EXPECT_FALSE(db().load("../etc/passwd").ok());
}

TEST_F(TargetDatabaseTest, BoardsListsOnlyBuildableTargets) {
  write("family", R"({"llvm-target": "riscv32-unknown-none-elf"})");
  write("board", R"({"inherits": ["family"], "runtime": "r", "linkerscript": "x.ld"})");
  auto boards = db().boards();
  ASSERT_EQ(boards.size(), 1u);
  EXPECT_EQ(boards[0].name, "board");
}

TEST(ShippedTargets, EveryBoardResolves) {
  TargetDatabase shipped(MARMOT_SOURCE_TARGETS);
  std::vector<std::string> errors;
  auto boards = shipped.boards(&errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  std::vector<std::string> names;
  for (const auto &b : boards) names.push_back(b.name);
  for (const char *want : {"cortex-m-qemu", "riscv-qemu", "microbit", "mps2-an386"})
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
  for (const auto &b : boards) {
    EXPECT_FALSE(b.llvmTarget.empty()) << b.name;
    EXPECT_TRUE(fs::exists(fs::path(MARMOT_SOURCE_TARGETS) / b.linkerScript)) << b.name << ": " << b.linkerScript;
    if (b.emulated) EXPECT_FALSE(b.emulator.empty()) << b.name;
  }
}

}  // namespace
