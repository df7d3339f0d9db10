// Software stack checks: see stack_check.h.
//
// What gets a check, decided on the optimised module (after inlining, so a function that
// only called small helpers may have become a leaf):
//  - every Go function that calls anything but an intrinsic: so each round of a recursion
//    (direct, through function values or interfaces, or through C code calling back) passes
//    a check, and C code called from Go starts at or above the limit, from where it stays
//    within the runtime's margin until it reaches Go code again;
//  - every Go function whose stack slots take more than kLeafFrameBytes.
// Leaf functions with small frames run unchecked inside the margin.
//
// The check sits in the entry block after the stack slots, so it reads the stack pointer
// after the prologue has made the whole frame (including the outgoing call area): only the
// prologue's register saves, which the margin covers, happen before it.
#include "stack_check.h"

#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

namespace marmot::toolchain {
namespace {

constexpr const char *kGoFunction = "marmot-go";
// The runtime's `uint32_t *const`: where the limit is (a field of its scheduler state).
constexpr const char *kLimitAddress = "marmot.stackLimit";
constexpr const char *kReport = "marmot.stackOverflow";  // void(void), never returns
// Stack slots a leaf may have without a check (the runtime's margin covers it).
constexpr uint64_t kLeafFrameBytes = 64;

bool needsCheck(const llvm::Function &f, const llvm::DataLayout &layout) {
  uint64_t slots = 0;
  for (const llvm::BasicBlock &block : f) {
    for (const llvm::Instruction &inst : block) {
      if (const auto *alloca = llvm::dyn_cast<llvm::AllocaInst>(&inst)) {
        auto bits = alloca->getAllocationSizeInBits(layout);
        if (!bits || !alloca->isStaticAlloca()) return true;
        slots += *bits / 8;
        continue;
      }
      const auto *call = llvm::dyn_cast<llvm::CallBase>(&inst);
      if (!call || call->isInlineAsm()) continue;
      const llvm::Function *callee = call->getCalledFunction();
      if (!callee || !callee->isIntrinsic()) return true;
      // Intrinsics become inline code, or calls of memcpy and friends (small C leaves).
    }
  }
  return slots > kLeafFrameBytes;
}

void insertCheck(llvm::Function &f, llvm::Constant &limit, llvm::Function &report) {
  llvm::LLVMContext &context = f.getContext();
  llvm::BasicBlock &entry = f.getEntryBlock();
  llvm::Instruction *at = &*entry.getFirstInsertionPt();
  while (llvm::isa<llvm::AllocaInst>(at)) at = at->getNextNode();
  // Debug builds interleave stack slots with their declarations: the slots all move before
  // the check, so they stay in the entry block (part of the fixed frame).
  llvm::SmallVector<llvm::AllocaInst *, 16> later;
  for (llvm::Instruction *inst = at; inst; inst = inst->getNextNode())
    if (auto *alloca = llvm::dyn_cast<llvm::AllocaInst>(inst)) later.push_back(alloca);
  for (llvm::AllocaInst *alloca : later) alloca->moveBefore(at);

  llvm::IRBuilder<> builder(at);
  // Line 0: debuggers place a function's breakpoint after the check, where its parameters
  // have their places (LLVM's prologue_end goes to the first instruction with a line).
  llvm::DebugLoc location;
  if (llvm::DISubprogram *sp = f.getSubprogram()) location = llvm::DILocation::get(context, 0, 0, sp);
  builder.SetCurrentDebugLocation(location);
  llvm::Function *readRegister =
      llvm::Intrinsic::getDeclaration(f.getParent(), llvm::Intrinsic::read_register, {builder.getInt32Ty()});
  llvm::Metadata *spName = llvm::MDNode::get(context, llvm::MDString::get(context, "sp"));
  llvm::Value *sp = builder.CreateCall(readRegister, {llvm::MetadataAsValue::get(context, spName)}, "sp");
  llvm::Value *bound = builder.CreateLoad(builder.getInt32Ty(), &limit, "stack.limit");
  llvm::Value *below = builder.CreateICmpULT(sp, bound, "stack.overflow");
  llvm::MDNode *unlikely = llvm::MDBuilder(context).createBranchWeights(1, 1u << 20);
  llvm::Instruction *unreachable = llvm::SplitBlockAndInsertIfThen(below, at, /*Unreachable=*/true, unlikely);
  unreachable->getParent()->setName("stack.overflow");
  llvm::IRBuilder<> cold(unreachable);
  cold.SetCurrentDebugLocation(location);
  cold.CreateCall(&report)->setDoesNotReturn();
}

// Takes gv out of llvm.used and llvm.compiler.used, so that it can be erased.
void dropFromUsedLists(llvm::Module &module, llvm::GlobalValue *gv) {
  for (bool compilerUsed : {false, true}) {
    llvm::GlobalVariable *list = module.getGlobalVariable(compilerUsed ? "llvm.compiler.used" : "llvm.used");
    if (!list || !list->hasInitializer()) continue;
    auto *entries = llvm::dyn_cast<llvm::ConstantArray>(list->getInitializer());
    if (!entries) continue;
    llvm::SmallVector<llvm::GlobalValue *, 16> keep;
    for (llvm::Use &entry : entries->operands())
      if (auto *value = llvm::dyn_cast<llvm::GlobalValue>(entry->stripPointerCasts()); value && value != gv) keep.push_back(value);
    if (keep.size() == entries->getNumOperands()) continue;
    list->eraseFromParent();
    if (compilerUsed)
      llvm::appendToCompilerUsed(module, keep);
    else
      llvm::appendToUsed(module, keep);
  }
}

}  // namespace

void markGoFunctions(llvm::Module &program) {
  for (llvm::Function &f : program)
    if (!f.isDeclaration()) f.addFnAttr(kGoFunction);
}

Result<unsigned> insertStackChecks(llvm::Module &module) {
  llvm::GlobalVariable *address = module.getGlobalVariable(kLimitAddress, /*AllowInternal=*/true);
  if (!address) return Result<unsigned>::success(0);
  llvm::Function *report = module.getFunction(kReport);
  if (!address->isConstant() || !address->hasInitializer() || !address->getInitializer()->getType()->isPointerTy() ||
      !report || report->isDeclaration())
    return Result<unsigned>::failure(std::string("internal compiler error: the runtime's ") + kLimitAddress +
                                     " is not a constant address, or it has no " + kReport);
  llvm::Constant *limit = address->getInitializer();
  unsigned checked = 0;
  for (llvm::Function &f : module) {
    if (f.isDeclaration() || !f.hasFnAttribute(kGoFunction)) continue;
    if (!needsCheck(f, module.getDataLayout())) continue;
    insertCheck(f, *limit, *report);
    ++checked;
  }
  dropFromUsedLists(module, address);
  address->removeDeadConstantUsers();  // the old lists' initialisers
  if (address->use_empty()) address->eraseFromParent();
  return Result<unsigned>::success(checked);
}

}  // namespace marmot::toolchain
