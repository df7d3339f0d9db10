// The in-process LLVM step: a clean compile, and errors that come back as messages
// instead of ending the process.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "ir_compiler.h"

using namespace marmot::toolchain;
namespace fs = std::filesystem;

namespace {

class IrCompilerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("marmot-ir-" + std::to_string(::getpid()));
    fs::create_directories(m_dir);
    m_target.name = "test";
    m_target.llvmTarget = "thumbv7m-unknown-unknown-eabi";
    m_target.cpu = "cortex-m3";
    m_target.features = "+soft-float";
  }
  void TearDown() override { fs::remove_all(m_dir); }
  std::string write(const std::string &name, const std::string &text) {
    std::string path = (m_dir / name).string();
    std::ofstream(path) << text;
    return path;
  }
  IrCompileRequest request(const std::string &program, const std::string &runtime) {
    IrCompileRequest r;
    r.programIr = write("program.ll", program);
    r.runtimeBitcode = write("runtime.ll", runtime);
    r.objectPath = (m_dir / "out.o").string();
    return r;
  }
  fs::path m_dir;
  Target m_target;
};

TEST_F(IrCompilerTest, CompilesAndLinksTheRuntime) {
  auto r = compileIr(m_target, request("declare i32 @rt()\ndefine i32 @Reset_Handler() {\n  %v = call i32 @rt()\n  ret i32 %v\n}\n",
                                       "define i32 @rt() {\n  ret i32 7\n}\n"));
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_GT(fs::file_size(m_dir / "out.o"), 0u);
}

TEST_F(IrCompilerTest, SymbolDefinedTwiceIsAMessageNotAnExit) {
  auto r = compileIr(m_target, request("define i32 @twice() {\n  ret i32 1\n}\n", "define i32 @twice() {\n  ret i32 2\n}\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("twice"), std::string::npos) << r.error();
}

TEST_F(IrCompilerTest, InvalidIrNamesTheProblem) {
  auto r = compileIr(m_target, request("define i32 @f() {\n  ret i64 1\n}\n", ""));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("invalid IR"), std::string::npos) << r.error();
}

}  // namespace
