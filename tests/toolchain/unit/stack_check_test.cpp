// Software stack checks: which Go functions get one after linking with a runtime that keeps a
// stack limit (callers and large frames, not small leaves nor C code), where the check reads
// the limit, that stack slots stay in the entry block, and runtimes without a limit.
#include <gtest/gtest.h>

#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Linker/Linker.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include "stack_check.h"

using namespace marmot::toolchain;

namespace {

// The runtime's side, as common/scheduler.c and the arch's context.c define it: the limit is
// the sixth field of the scheduler state, and the compiler finds its address in a constant.
const char *const kRuntime = R"(
%sched = type { ptr, ptr, ptr, ptr, ptr, i32 }
@rt_sched = global %sched zeroinitializer
@"marmot.stackLimit" = constant ptr getelementptr (%sched, ptr @rt_sched, i32 0, i32 5)
@llvm.used = appending global [2 x ptr] [ptr @"marmot.stackLimit", ptr @"marmot.stackOverflow"], section "llvm.metadata"

define void @"marmot.stackOverflow"() noreturn {
  unreachable
}

define void @runtime_print(i32 %v) {
  ret void
}

define void @c_calls_c() {
  call void @runtime_print(i32 1)
  ret void
}
)";

// The front end's side: every function here is Go code.
const char *const kProgram = R"(
declare void @runtime_print(i32)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)

define i32 @leaf(i32 %x) {
  %y = add i32 %x, 1
  ret i32 %y
}

define void @callsC() {
  call void @runtime_print(i32 2)
  ret void
}

define void @recursive(i32 %n) {
  %m = sub i32 %n, 1
  call void @recursive(i32 %m)
  ret void
}

define void @indirect(ptr %f) {
  call void %f()
  ret void
}

define void @bigLeaf() {
  %buf = alloca [80 x i8]
  call void @llvm.memset.p0.i32(ptr %buf, i8 0, i32 80, i1 false)
  ret void
}

define void @smallLeaf() {
  %buf = alloca [16 x i8]
  call void @llvm.memset.p0.i32(ptr %buf, i8 0, i32 16, i1 false)
  ret void
}

define void @slotsLater(i32 %x) {
  %a = alloca i32
  store i32 %x, ptr %a
  %b = alloca i32
  store i32 %x, ptr %b
  call void @runtime_print(i32 %x)
  ret void
}
)";

class StackCheckTest : public ::testing::Test {
 protected:
  std::unique_ptr<llvm::Module> parse(const char *text) {
    llvm::SMDiagnostic diag;
    auto module = llvm::parseAssemblyString(text, diag, m_context);
    EXPECT_TRUE(module) << diag.getMessage().str();
    return module;
  }
  // The program marked as Go, then linked with the runtime, as compileIr does.
  std::unique_ptr<llvm::Module> linked(const char *runtime) {
    auto program = parse(kProgram);
    markGoFunctions(*program);
    EXPECT_FALSE(llvm::Linker::linkModules(*program, parse(runtime)));
    return program;
  }
  static bool checked(llvm::Module &module, const char *name) {
    for (llvm::Instruction &inst : llvm::instructions(*module.getFunction(name)))
      if (auto *call = llvm::dyn_cast<llvm::IntrinsicInst>(&inst); call && call->getIntrinsicID() == llvm::Intrinsic::read_register)
        return true;
    return false;
  }
  static std::string verify(llvm::Module &module) {
    std::string errors;
    llvm::raw_string_ostream out(errors);
    llvm::verifyModule(module, &out);
    return out.str();
  }
  llvm::LLVMContext m_context;
};

TEST_F(StackCheckTest, CallersAndLargeFramesAreCheckedLeavesAndCAreNot) {
  auto module = linked(kRuntime);
  auto checks = insertStackChecks(*module);
  ASSERT_TRUE(checks.ok()) << checks.error();
  EXPECT_EQ(checks.value(), 5u);
  for (const char *name : {"callsC", "recursive", "indirect", "bigLeaf", "slotsLater"}) EXPECT_TRUE(checked(*module, name)) << name;
  for (const char *name : {"leaf", "smallLeaf", "c_calls_c", "runtime_print"}) EXPECT_FALSE(checked(*module, name)) << name;
  EXPECT_EQ(verify(*module), "");
}

TEST_F(StackCheckTest, TheCheckReadsTheRuntimesLimitAndCallsItsReport) {
  auto module = linked(kRuntime);
  ASSERT_TRUE(insertStackChecks(*module).ok());
  llvm::Function *f = module->getFunction("recursive");
  auto *branch = llvm::dyn_cast<llvm::BranchInst>(f->getEntryBlock().getTerminator());
  ASSERT_TRUE(branch && branch->isConditional());
  auto *compare = llvm::dyn_cast<llvm::ICmpInst>(branch->getCondition());
  ASSERT_TRUE(compare);
  EXPECT_EQ(compare->getPredicate(), llvm::CmpInst::ICMP_ULT);  // sp below the limit
  auto *load = llvm::dyn_cast<llvm::LoadInst>(compare->getOperand(1));
  ASSERT_TRUE(load);
  auto *field = llvm::dyn_cast<llvm::ConstantExpr>(load->getPointerOperand());
  ASSERT_TRUE(field);
  EXPECT_EQ(field->getOperand(0), module->getGlobalVariable("rt_sched"));
  auto *report = llvm::dyn_cast<llvm::CallInst>(&branch->getSuccessor(0)->front());
  ASSERT_TRUE(report);
  EXPECT_EQ(report->getCalledFunction(), module->getFunction("marmot.stackOverflow"));
  // The address constant has served its purpose: gone, also from llvm.used.
  EXPECT_EQ(module->getGlobalVariable("marmot.stackLimit", true), nullptr);
  EXPECT_EQ(verify(*module), "");
}

TEST_F(StackCheckTest, StackSlotsAfterOtherInstructionsStayInTheEntryBlock) {
  auto module = linked(kRuntime);
  ASSERT_TRUE(insertStackChecks(*module).ok());
  int slots = 0;
  for (llvm::Instruction &inst : llvm::instructions(*module->getFunction("slotsLater")))
    if (auto *alloca = llvm::dyn_cast<llvm::AllocaInst>(&inst)) {
      ++slots;
      EXPECT_TRUE(alloca->isStaticAlloca());
    }
  EXPECT_EQ(slots, 2);
}

TEST_F(StackCheckTest, ARuntimeWithoutALimitGetsNoChecks) {
  auto module = linked(R"(
define void @runtime_print(i32 %v) {
  ret void
}
)");
  auto checks = insertStackChecks(*module);
  ASSERT_TRUE(checks.ok());
  EXPECT_EQ(checks.value(), 0u);
  EXPECT_FALSE(checked(*module, "recursive"));
}

TEST_F(StackCheckTest, ALimitThatIsNoAddressIsAnError) {
  auto module = linked(R"(
@"marmot.stackLimit" = global i32 0
define void @"marmot.stackOverflow"() noreturn {
  unreachable
}
define void @runtime_print(i32 %v) {
  ret void
}
)");
  auto checks = insertStackChecks(*module);
  EXPECT_FALSE(checks.ok());
  EXPECT_NE(checks.error().find("marmot.stackLimit"), std::string::npos);
}

}  // namespace
