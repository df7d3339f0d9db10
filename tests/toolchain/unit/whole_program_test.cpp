// Whole-program facts: type tests against descriptors no interface can hold are folded,
// descriptors that escape are kept, and the runtime's link flags get their values.
#include <gtest/gtest.h>

#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/SourceMgr.h>

#include "whole_program.h"

using namespace marmot::toolchain;

namespace {

// A descriptor is { kind, align }; 2 is int, 14 is float64 (abi.h's enum go_kind).
// Descriptors are internal, as after the compiler internalises the linked program.
const char *const kCommon = R"(
@"marmot.link.defer" = external constant i32
@"marmot.link.floatTypes" = external constant i32
@"marmot.link.goroutines" = external constant i32
@"marmot.link.finalizers" = external constant i32
@"marmot.link.timers" = external constant i32
@sink = global ptr null

define i32 @timersFlag() {
  %v = load i32, ptr @"marmot.link.timers"
  ret i32 %v
}

define i32 @goroutinesFlag() {
  %v = load i32, ptr @"marmot.link.goroutines"
  ret i32 %v
}

; The collector's call into the finalizers, which start a goroutine to run them.
define internal void @runtime_spawn(ptr %fn) {
  ret void
}

define internal void @rt_finalizersStart() {
  call void @runtime_spawn(ptr null)
  ret void
}

define void @rt_gcCollect() {
  %f = load i32, ptr @"marmot.link.finalizers"
  %on = icmp ne i32 %f, 0
  br i1 %on, label %start, label %done
start:
  call void @rt_finalizersStart()
  br label %done
done:
  ret void
}

define i32 @deferFlag() {
  %v = load i32, ptr @"marmot.link.defer"
  ret i32 %v
}

define i32 @floatFlag() {
  %v = load i32, ptr @"marmot.link.floatTypes"
  ret i32 %v
}
)";

// A program whose main.main calls runtime function fn (defined here, doing nothing): what a
// link flag or a trim looks for.
std::string programCalling(const std::string &fn) {
  return "define internal void @\"" + fn + "\"(ptr %a) {\n  ret void\n}\n\n" +
         "define void @main.main() {\n  call void @\"" + fn + "\"(ptr null)\n  ret void\n}\n";
}

class WholeProgramTest : public ::testing::Test {
 protected:
  std::unique_ptr<llvm::Module> parse(const std::string &body) {
    llvm::SMDiagnostic diag;
    auto module = llvm::parseAssemblyString(std::string(kCommon) + body, diag, m_context);
    EXPECT_TRUE(module) << diag.getMessage().str();
    return module;
  }
  static int flag(llvm::Module &module, const char *name) {
    llvm::GlobalVariable *g = module.getGlobalVariable(name, true);
    if (!g || !g->hasInitializer()) return -1;
    return static_cast<int>(llvm::cast<llvm::ConstantInt>(g->getInitializer())->getSExtValue());
  }
  static int comparisons(llvm::Function &f) {
    int n = 0;
    for (llvm::Instruction &i : llvm::instructions(f)) n += llvm::isa<llvm::ICmpInst>(i);
    return n;
  }
  llvm::LLVMContext m_context;
};

TEST_F(WholeProgramTest, TestAgainstATypeNeverBoxedIsFolded) {
  auto module = parse(R"(
@"type:main.A" = internal constant { i8, i8 } { i8 2, i8 4 }
@"type:main.B" = internal constant { i8, i8 } { i8 2, i8 4 }

define i1 @isA(ptr %t) {
  %c = icmp eq ptr %t, @"type:main.A"
  ret i1 %c
}

define i1 @notB(ptr %t) {
  %c = icmp ne ptr %t, @"type:main.B"
  ret i1 %c
}

define void @boxB() {
  store ptr @"type:main.B", ptr @sink
  ret void
}
)");
  applyWholeProgramFacts(*module);
  llvm::Function *isA = module->getFunction("isA");
  ASSERT_TRUE(isA);
  EXPECT_EQ(comparisons(*isA), 0);
  auto *ret = llvm::cast<llvm::ReturnInst>(isA->getEntryBlock().getTerminator());
  EXPECT_TRUE(llvm::isa<llvm::ConstantInt>(ret->getReturnValue()));
  EXPECT_TRUE(llvm::cast<llvm::ConstantInt>(ret->getReturnValue())->isZero());
  EXPECT_EQ(module->getGlobalVariable("type:main.A", true), nullptr) << "an unused descriptor is removed";
  // B is stored into an interface: its test stays.
  EXPECT_EQ(comparisons(*module->getFunction("notB")), 1);
  EXPECT_NE(module->getGlobalVariable("type:main.B", true), nullptr);
}

TEST_F(WholeProgramTest, FoldingRemovesTheCodeOfImpossibleCases) {
  // printFloat is only reached through a case on float64, which nothing boxes.
  auto module = parse(R"(
@"type:float64" = internal constant { i8, i8 } { i8 14, i8 8 }

define internal void @printFloat() {
  ret void
}

define void @printValue(ptr %t) {
entry:
  %f = icmp eq ptr %t, @"type:float64"
  br i1 %f, label %float, label %done
float:
  call void @printFloat()
  br label %done
done:
  ret void
}
)");
  applyWholeProgramFacts(*module);
  EXPECT_EQ(module->getFunction("printFloat"), nullptr);
  EXPECT_EQ(flag(*module, "marmot.link.floatTypes"), 0);
}

TEST_F(WholeProgramTest, AFloatTypeThatEscapesKeepsFloatPrinting) {
  auto module = parse(R"(
@"type:main.Celsius" = internal constant { i8, i8 } { i8 14, i8 8 }

define void @boxCelsius() {
  store ptr @"type:main.Celsius", ptr @sink
  ret void
}
)");
  applyWholeProgramFacts(*module);
  EXPECT_EQ(flag(*module, "marmot.link.floatTypes"), 1);
}

TEST_F(WholeProgramTest, DeferFlagFollowsTheProgram) {
  auto without = parse("");
  applyWholeProgramFacts(*without);
  EXPECT_EQ(flag(*without, "marmot.link.defer"), 0);

  auto with = parse(programCalling("runtime_pushDeferFrame"));
  applyWholeProgramFacts(*with);
  EXPECT_EQ(flag(*with, "marmot.link.defer"), 1);
}

TEST_F(WholeProgramTest, FinalizersAloneDoNotMakeAProgramStartGoroutines) {
  auto module = parse("");
  applyWholeProgramFacts(*module);
  EXPECT_EQ(flag(*module, "marmot.link.goroutines"), 0);
  EXPECT_EQ(module->getFunction("rt_finalizersStart"), nullptr);
}

TEST_F(WholeProgramTest, SetFinalizerOrAGoStatementMeansGoroutines) {
  auto finalizers = parse(programCalling("runtime.setFinalizer"));
  applyWholeProgramFacts(*finalizers);
  EXPECT_EQ(flag(*finalizers, "marmot.link.goroutines"), 1);

  auto goStatement = parse(R"(
define void @main.main() {
  call void @runtime_spawn(ptr null)
  ret void
}
)");
  applyWholeProgramFacts(*goStatement);
  EXPECT_EQ(flag(*goStatement, "marmot.link.goroutines"), 1);
}

TEST_F(WholeProgramTest, TimersComeFromTheTimePackageOrSleepingGoroutines) {
  auto none = parse("");
  applyWholeProgramFacts(*none);
  EXPECT_EQ(flag(*none, "marmot.link.timers"), 0);

  auto timePackage = parse(programCalling("time.startTimer"));
  applyWholeProgramFacts(*timePackage);
  EXPECT_EQ(flag(*timePackage, "marmot.link.timers"), 1);
}

// A vector table like arch/cortexm/startup.c's: 16 system entries, then external
// interrupts, all rt_irqDispatch but the runtime clock's (IRQ 1 here).
const char *const kVectors = R"(
define internal void @rt_irqDispatch() {
  ret void
}
define internal void @rt_timeIrqHandler() {
  ret void
}
define internal void @Reset_Handler() {
  ret void
}
@rt_vectors = internal constant [20 x ptr] [ptr null, ptr @Reset_Handler, ptr null, ptr null, ptr null, ptr null,
  ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null, ptr null,
  ptr @rt_irqDispatch, ptr @rt_timeIrqHandler, ptr @rt_irqDispatch, ptr @rt_irqDispatch], section ".isr_vector"
@llvm.used = appending global [1 x ptr] [ptr @rt_vectors], section "llvm.metadata"
)";

unsigned vectorCount(llvm::Module &module) {
  llvm::GlobalVariable *table = module.getGlobalVariable("rt_vectors", true);
  return table ? llvm::cast<llvm::ArrayType>(table->getValueType())->getNumElements() : 0;
}

TEST_F(WholeProgramTest, TheVectorTableEndsAfterTheLastInterruptWithAHandler) {
  auto module = parse(std::string(kVectors) + programCalling("time.runtimeNano"));
  applyWholeProgramFacts(*module);
  EXPECT_EQ(vectorCount(*module), 18u);  // up to the clock's entry
  llvm::GlobalVariable *table = module->getGlobalVariable("rt_vectors", true);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->getSection(), ".isr_vector");
}

// A program that never reads the clock sleeps with the clock's interrupt masked: its entry
// goes too.
TEST_F(WholeProgramTest, AProgramThatDoesNotReadTheClockHasNoClockVector) {
  auto module = parse(kVectors);
  applyWholeProgramFacts(*module);
  EXPECT_EQ(vectorCount(*module), 16u);
}

TEST_F(WholeProgramTest, RuntimeInterruptHandlersKeepTheWholeVectorTable) {
  auto module = parse(std::string(kVectors) + programCalling("runtime/interrupt.registerHandler"));
  applyWholeProgramFacts(*module);
  EXPECT_EQ(vectorCount(*module), 20u);
}

TEST_F(WholeProgramTest, AMapLiteralNothingReadsIsNotBuilt) {
  auto module = parse(R"IR(
declare ptr @runtime_mapMake(ptr, ptr, i32)
declare ptr @runtime_mapAssign(ptr, ptr, ptr)
@"type:string" = internal constant { i8, i8 } { i8 24, i8 4 }
@"type:interface {}" = internal constant { i8, i8 } { i8 20, i8 4 }
@pkg.Unread = internal global ptr null
@pkg.Read = internal global ptr null
@pkg.UnreadAny = internal global ptr null

define void @pkg.init(ptr %key) {
  %a = call ptr @runtime_mapMake(ptr @"type:string", ptr null, i32 2)
  %sa = call ptr @runtime_mapAssign(ptr %a, ptr %key, ptr null)
  store i32 1, ptr %sa
  store ptr %a, ptr @pkg.Unread
  %b = call ptr @runtime_mapMake(ptr @"type:string", ptr null, i32 2)
  %sb = call ptr @runtime_mapAssign(ptr %b, ptr %key, ptr null)
  store i32 2, ptr %sb
  store ptr %b, ptr @pkg.Read
  %c = call ptr @runtime_mapMake(ptr @"type:interface {}", ptr null, i32 2)
  %sc = call ptr @runtime_mapAssign(ptr %c, ptr %key, ptr null)
  store i32 3, ptr %sc
  store ptr %c, ptr @pkg.UnreadAny
  %d = call ptr @runtime_mapMake(ptr @"type:string", ptr null, i32 2)
  %sd = call ptr @runtime_mapAssign(ptr %d, ptr %key, ptr null)
  store i32 4, ptr %sd
  ret void
}

define ptr @reader() {
  %m = load ptr, ptr @pkg.Read
  ret ptr %m
}
)IR");
  applyWholeProgramFacts(*module);
  int makes = 0, assigns = 0;
  for (llvm::Instruction &i : llvm::instructions(*module->getFunction("pkg.init")))
    if (auto *call = llvm::dyn_cast<llvm::CallInst>(&i)) {
      makes += call->getCalledFunction()->getName() == "runtime_mapMake";
      assigns += call->getCalledFunction()->getName() == "runtime_mapAssign";
    }
  // Kept: the map that is read, the one whose interface keys may panic when hashed, and
  // the local one (the optimiser's business). The unread variable that held the
  // interface-keyed map goes (nothing reads it), but its map is still built.
  EXPECT_EQ(makes, 3);
  EXPECT_EQ(assigns, 3);
  EXPECT_EQ(module->getGlobalVariable("pkg.Unread", true), nullptr);
  EXPECT_NE(module->getGlobalVariable("pkg.Read", true), nullptr);
  EXPECT_EQ(module->getGlobalVariable("pkg.UnreadAny", true), nullptr);
}

TEST_F(WholeProgramTest, VariablesNothingReadsLoseTheirStores) {
  auto module = parse(R"IR(
@obj = internal global { ptr, i32 } { ptr null, i32 3 }
@"type:*obj" = internal constant { i8, i8 } { i8 22, i8 4 }
@pkg.ErrUnread = internal global { ptr, ptr } zeroinitializer
@pkg.ErrRead = internal global { ptr, ptr } zeroinitializer
@pkg.Escapes = internal global ptr null
@pkg.Volatile = internal global i32 0
@pkg.Exported = global ptr null

declare void @use(ptr)

define void @pkg.init() {
  store ptr @"type:*obj", ptr @pkg.ErrUnread
  store ptr @obj, ptr getelementptr inbounds ({ ptr, ptr }, ptr @pkg.ErrUnread, i32 0, i32 1)
  store { ptr, ptr } { ptr @"type:*obj", ptr @obj }, ptr @pkg.ErrRead
  store ptr @obj, ptr @pkg.Escapes
  call void @use(ptr @pkg.Escapes)
  store volatile i32 1, ptr @pkg.Volatile
  store ptr @obj, ptr @pkg.Exported
  ret void
}

define ptr @reader() {
  %p = getelementptr inbounds { ptr, ptr }, ptr @pkg.ErrRead, i32 0, i32 1
  %v = load ptr, ptr %p
  ret ptr %v
}
)IR");
  applyWholeProgramFacts(*module);
  // Gone with its stores (field by field, through a constant address into it)...
  EXPECT_EQ(module->getGlobalVariable("pkg.ErrUnread", true), nullptr);
  // ...kept: one that is read, one whose address escapes, one stored to as a device
  // register would be, and one that is not internal.
  EXPECT_NE(module->getGlobalVariable("pkg.ErrRead", true), nullptr);
  EXPECT_NE(module->getGlobalVariable("pkg.Escapes", true), nullptr);
  EXPECT_NE(module->getGlobalVariable("pkg.Volatile", true), nullptr);
  EXPECT_NE(module->getGlobalVariable("pkg.Exported", true), nullptr);
  int stores = 0;
  for (llvm::Instruction &i : llvm::instructions(*module->getFunction("pkg.init"))) stores += llvm::isa<llvm::StoreInst>(i);
  EXPECT_EQ(stores, 4);
}

TEST_F(WholeProgramTest, DebugBuildsKeepEveryFeature) {
  auto module = parse("");
  defineConservativeLinkFlags(*module);
  EXPECT_EQ(flag(*module, "marmot.link.defer"), 1);
  EXPECT_EQ(flag(*module, "marmot.link.floatTypes"), 1);
}

}  // namespace
