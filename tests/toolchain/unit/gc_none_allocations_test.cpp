// -gc=none allocations: runtime_alloc calls whose address stays in the function become
// zeroed stack slots, the others stay; what stays at a tagged site is reported with the
// front end's position, also after the tag itself was dropped.
#include <gtest/gtest.h>

#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/SourceMgr.h>

#include "gc_none_allocations.h"

using namespace marmot::toolchain;

namespace {

const char *const kProgram = R"(
declare ptr @runtime_alloc(i32, ptr)
declare void @keep(ptr)
declare void @look(ptr nocapture)
@global = global ptr null

define i32 @local() {
  %p = call ptr @runtime_alloc(i32 8, ptr null)
  store i32 7, ptr %p
  call void @look(ptr %p)
  %q = getelementptr i8, ptr %p, i32 4
  %v = load i32, ptr %q
  ret i32 %v
}

define void @storedInAGlobal() {
  %p = call ptr @runtime_alloc(i32 8, ptr null)
  store ptr %p, ptr @global
  ret void
}

define void @passedToAKeeper() {
  %p = call ptr @runtime_alloc(i32 8, ptr null)
  call void @keep(ptr %p)
  ret void
}

define ptr @returned() {
  %p = call ptr @runtime_alloc(i32 8, ptr null)
  ret ptr %p
}

define void @tooLarge() {
  %p = call ptr @runtime_alloc(i32 4096, ptr null)
  store i32 1, ptr %p
  ret void
}

define void @mergedInALoop(i1 %c) {
entry:
  br label %loop
loop:
  %prev = phi ptr [ null, %entry ], [ %p, %loop ]
  %p = call ptr @runtime_alloc(i32 8, ptr null)
  br i1 %c, label %loop, label %out
out:
  ret void
}
)";

int allocations(llvm::Function &f) {
  int n = 0;
  for (llvm::Instruction &i : llvm::instructions(f))
    if (auto *call = llvm::dyn_cast<llvm::CallInst>(&i))
      n += call->getCalledFunction() && call->getCalledFunction()->getName() == "runtime_alloc";
  return n;
}

class GcNoneAllocationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    llvm::SMDiagnostic diag;
    m_module = llvm::parseAssemblyString(kProgram, diag, m_context);
    ASSERT_TRUE(m_module) << diag.getMessage().str();
  }
  llvm::Function &fn(const char *name) { return *m_module->getFunction(name); }
  llvm::LLVMContext m_context;
  std::unique_ptr<llvm::Module> m_module;
};

TEST_F(GcNoneAllocationsTest, AnObjectThatStaysInItsFunctionMovesToTheStack) {
  EXPECT_TRUE(stackAllocateNonEscaping(fn("local")));
  EXPECT_EQ(allocations(fn("local")), 0);
  bool zeroed = false, slot = false;
  for (llvm::Instruction &i : llvm::instructions(fn("local"))) {
    slot = slot || llvm::isa<llvm::AllocaInst>(i);
    zeroed = zeroed || llvm::isa<llvm::MemSetInst>(i);
  }
  EXPECT_TRUE(slot);
  EXPECT_TRUE(zeroed) << "Go's new must give a zeroed object";
}

TEST_F(GcNoneAllocationsTest, EscapingObjectsStayOnTheHeap) {
  for (const char *name : {"storedInAGlobal", "passedToAKeeper", "returned", "tooLarge", "mergedInALoop"}) {
    EXPECT_FALSE(stackAllocateNonEscaping(fn(name))) << name;
    EXPECT_EQ(allocations(fn(name)), 1) << name;
  }
}

TEST(GcNoneAllocationsReport, RemainingSitesAreReportedWithTheFrontEndsPosition) {
  const char *program = R"IR(
declare ptr @runtime_alloc(i32, ptr)
@global = global ptr null

define void @main() !dbg !4 {
  %p = call ptr @runtime_alloc(i32 8, ptr null), !dbg !7, !marmot.alloc !8
  store ptr %p, ptr @global
  %q = call ptr @runtime_alloc(i32 8, ptr null), !dbg !9, !marmot.alloc !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_Go, file: !1, producer: "test", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "main.go", directory: "/src")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = distinct !DISubprogram(name: "main.main", scope: !1, file: !1, line: 3, type: !5, unit: !0, spFlags: DISPFlagDefinition)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 4, column: 7, scope: !4)
!8 = !{!"new(main.point)", !"main.go:4:7"}
!9 = !DILocation(line: 5, column: 7, scope: !4)
!10 = !{!"new(int)", !"main.go:5:7"}
)IR";
  llvm::LLVMContext context;
  llvm::SMDiagnostic diag;
  auto module = llvm::parseAssemblyString(program, diag, context);
  ASSERT_TRUE(module) << diag.getMessage().str();
  AllocationSites sites = collectAllocationSites(*module);
  ASSERT_EQ(sites.size(), 2u);
  // An optimiser pass rebuilt the first call and dropped its tag; the unused second
  // allocation was deleted.
  llvm::Function *main = module->getFunction("main");
  for (llvm::Instruction &i : llvm::instructions(*main)) i.setMetadata("marmot.alloc", nullptr);
  for (llvm::Instruction &i : llvm::make_early_inc_range(llvm::instructions(*main)))
    if (llvm::isa<llvm::CallInst>(i) && i.use_empty()) i.eraseFromParent();
  std::vector<std::string> errors = remainingAllocations(*module, sites);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "main.go:4:7: allocation with -gc=none: new(main.point)");
}

}  // namespace
