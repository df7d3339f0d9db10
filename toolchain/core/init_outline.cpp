// Package initialisation off the main goroutine's stack: see init_outline.h.
#include "init_outline.h"

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/CFG.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/Utils/CodeExtractor.h>

namespace marmot::toolchain {
namespace {

// Initialisation code of at least this many instructions (after optimisation) is outlined:
// a program using fmt has a few dozen.
constexpr unsigned kLargeInitInstructions = 150;

llvm::CallInst *callOf(llvm::Function &caller, const llvm::Function *callee) {
  for (llvm::BasicBlock &block : caller)
    for (llvm::Instruction &inst : block)
      if (auto *call = llvm::dyn_cast<llvm::CallInst>(&inst); call && call->getCalledFunction() == callee) return call;
  return nullptr;
}

}  // namespace

void outlineLargeInitialisation(llvm::Module &module) {
  llvm::Function *callMain = module.getFunction("runtime.callMain");
  llvm::Function *mainMain = module.getFunction("main.main");
  if (!callMain || callMain->isDeclaration() || !mainMain) return;
  llvm::CallInst *mainCall = callOf(*callMain, mainMain);
  if (!mainCall) return;

  // The initialisation: every block reachable from the entry without passing the call of
  // main.main (the panics of initialisers end in unreachable).
  llvm::BasicBlock *mainBlock = mainCall->getParent();
  llvm::SmallVector<llvm::BasicBlock *, 32> work{&callMain->getEntryBlock()};
  llvm::SmallPtrSet<llvm::BasicBlock *, 32> seen{&callMain->getEntryBlock()};
  unsigned count = 0;
  while (!work.empty()) {
    llvm::BasicBlock *block = work.pop_back_val();
    for (llvm::Instruction &inst : *block) {
      if (&inst == mainCall) break;
      ++count;
    }
    if (block == mainBlock) continue;
    for (llvm::BasicBlock *next : llvm::successors(block))
      if (seen.insert(next).second) work.push_back(next);
  }
  if (count < kLargeInitInstructions) return;

  // Entry (its stack slots) -> initialisation blocks -> the block calling main.main.
  llvm::BasicBlock *entry = &callMain->getEntryBlock();
  llvm::BasicBlock::iterator at = entry->getFirstInsertionPt();
  while (llvm::isa<llvm::AllocaInst>(*at) || llvm::isa<llvm::DbgInfoIntrinsic>(*at)) ++at;
  llvm::BasicBlock *first = entry->splitBasicBlock(at, "init");
  mainBlock = mainCall->getParent();  // the split moved it when it was the entry
  mainBlock->splitBasicBlock(mainCall, "main");
  llvm::SmallVector<llvm::BasicBlock *, 32> region;
  work.assign({first});
  seen.clear();
  seen.insert(first);
  while (!work.empty()) {
    llvm::BasicBlock *block = work.pop_back_val();
    region.push_back(block);
    if (block == mainBlock) continue;
    for (llvm::BasicBlock *next : llvm::successors(block))
      if (seen.insert(next).second) work.push_back(next);
  }
  llvm::CodeExtractorAnalysisCache cache(*callMain);
  llvm::CodeExtractor extractor(region, /*DT=*/nullptr, /*AggregateArgs=*/false, nullptr, nullptr, nullptr,
                                /*AllowVarArgs=*/false, /*AllowAlloca=*/true, nullptr, "packages");
  if (!extractor.isEligible()) return;
  if (llvm::Function *init = extractor.extractCodeRegion(cache)) init->addFnAttr(llvm::Attribute::NoInline);
}

}  // namespace marmot::toolchain
