// -gc=none allocations: see gc_none_allocations.h.
//
// An allocation may live on the stack when its address never leaves the function: it is
// only loaded from, stored through, offset, compared, or passed to a callee that LLVM
// proved does not keep it (nocapture). Storing the address anywhere, returning it, or
// merging it with other pointers (a phi or select, which in a loop could mix objects of
// different iterations sharing one slot) counts as escaping.
#include "gc_none_allocations.h"


#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/SROA.h>

namespace marmot::toolchain {
namespace {

constexpr uint64_t kLargestStackObject = 256;  // bytes: goroutine stacks are small

bool addressEscapes(llvm::Value *root) {
  llvm::SmallVector<llvm::Value *, 16> work{root};
  llvm::SmallPtrSet<llvm::Value *, 16> seen{root};
  while (!work.empty()) {
    llvm::Value *v = work.pop_back_val();
    for (llvm::Use &use : v->uses()) {
      llvm::User *user = use.getUser();
      if (llvm::isa<llvm::LoadInst>(user) || llvm::isa<llvm::ICmpInst>(user)) continue;
      if (auto *store = llvm::dyn_cast<llvm::StoreInst>(user)) {
        if (store->getValueOperand() == v) return true;
        continue;
      }
      if (llvm::isa<llvm::GetElementPtrInst>(user) || llvm::isa<llvm::BitCastInst>(user)) {
        if (seen.insert(user).second) work.push_back(user);
        continue;
      }
      if (auto *call = llvm::dyn_cast<llvm::CallBase>(user)) {
        if (call->isArgOperand(&use) && call->paramHasAttr(call->getArgOperandNo(&use), llvm::Attribute::NoCapture)) continue;
        return true;
      }
      return true;
    }
  }
  return false;
}

bool isHeapAllocation(const llvm::CallInst *call) {
  const llvm::Function *callee = call->getCalledFunction();
  return callee && callee->getName() == "runtime_alloc" && call->arg_size() >= 1;
}

struct StackAllocationPass : llvm::PassInfoMixin<StackAllocationPass> {
  llvm::PreservedAnalyses run(llvm::Function &function, llvm::FunctionAnalysisManager &) {
    return stackAllocateNonEscaping(function) ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
  }
};

std::string fileOf(const llvm::DILocation &loc) {
  std::string file = loc.getFilename().str();
  std::string dir = loc.getDirectory().str();
  if (!file.empty() && file[0] != '/' && !dir.empty()) file = dir + "/" + file;
  return file;
}

// The position of a call (its own line, also when inlined elsewhere) and its callee.
bool siteOf(const llvm::Instruction &instruction, AllocationSite *site) {
  const auto *call = llvm::dyn_cast<llvm::CallBase>(&instruction);
  const llvm::DILocation *loc = instruction.getDebugLoc().get();
  if (!call || !loc || !call->getCalledFunction()) return false;
  *site = AllocationSite{fileOf(*loc), loc->getLine(), loc->getColumn(), call->getCalledFunction()->getName().str()};
  return true;
}

}  // namespace

bool stackAllocateNonEscaping(llvm::Function &function) {
  if (function.isDeclaration()) return false;
  llvm::SmallVector<llvm::CallInst *, 8> movable;
  for (llvm::Instruction &instruction : llvm::instructions(function)) {
    auto *call = llvm::dyn_cast<llvm::CallInst>(&instruction);
    if (!call || !isHeapAllocation(call)) continue;
    auto *size = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(0));
    if (!size || size->getZExtValue() == 0 || size->getZExtValue() > kLargestStackObject) continue;
    if (!addressEscapes(call)) movable.push_back(call);
  }
  for (llvm::CallInst *call : movable) {
    uint64_t size = llvm::cast<llvm::ConstantInt>(call->getArgOperand(0))->getZExtValue();
    llvm::BasicBlock &entry = function.getEntryBlock();
    llvm::IRBuilder<> atEntry(&entry, entry.getFirstInsertionPt());
    llvm::AllocaInst *slot = atEntry.CreateAlloca(llvm::ArrayType::get(atEntry.getInt8Ty(), size));
    slot->setAlignment(llvm::Align(8));
    llvm::IRBuilder<> here(call);
    here.CreateMemSet(slot, here.getInt8(0), size, llvm::MaybeAlign(8));  // Go's new is zeroed, every time
    call->replaceAllUsesWith(slot);
    call->eraseFromParent();
  }
  return !movable.empty();
}

void registerStackAllocation(llvm::PassBuilder &builder) {
  builder.registerScalarOptimizerLateEPCallback(
      [](llvm::FunctionPassManager &passes, llvm::OptimizationLevel) { passes.addPass(StackAllocationPass()); });
  // Once more at the end: an object whose address was kept in another one (a closure's
  // context) is free to move once that one is on the stack and SROA has split it up.
  builder.registerOptimizerLastEPCallback([](llvm::ModulePassManager &passes, llvm::OptimizationLevel) {
    llvm::FunctionPassManager late;
    for (int round = 0; round < 2; ++round) {
      late.addPass(llvm::SROAPass());
      late.addPass(llvm::InstCombinePass());
      late.addPass(StackAllocationPass());
    }
    late.addPass(llvm::SROAPass());
    passes.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(late)));
  });
}

AllocationSites collectAllocationSites(const llvm::Module &module) {
  AllocationSites sites;
  unsigned kind = module.getContext().getMDKindID("marmot.alloc");
  for (const llvm::Function &function : module) {
    for (const llvm::Instruction &instruction : llvm::instructions(function)) {
      const llvm::MDNode *tag = instruction.getMetadata(kind);
      if (!tag) continue;
      auto operand = [&](unsigned i) -> std::string {
        const auto *text = i < tag->getNumOperands() ? llvm::dyn_cast<llvm::MDString>(tag->getOperand(i)) : nullptr;
        return text ? text->getString().str() : "";
      };
      std::string what = operand(0).empty() ? "allocation" : operand(0);
      AllocationSite site;
      if (!siteOf(instruction, &site)) continue;
      std::string where = operand(1);
      if (where.empty())
        where = std::get<0>(site) + ":" + std::to_string(std::get<1>(site)) + ":" + std::to_string(std::get<2>(site));
      sites.emplace(site, where + ": allocation with -gc=none: " + what);
    }
  }
  return sites;
}

std::vector<std::string> remainingAllocations(const llvm::Module &module, const AllocationSites &sites) {
  std::map<AllocationSite, std::string> left;  // sorted by file, line, column
  for (const llvm::Function &function : module) {
    for (const llvm::Instruction &instruction : llvm::instructions(function)) {
      AllocationSite site;
      if (!llvm::isa<llvm::CallBase>(instruction) || !siteOf(instruction, &site)) continue;
      auto found = sites.find(site);
      if (found != sites.end()) left.emplace(site, found->second);
    }
  }
  std::vector<std::string> errors;
  for (const auto &[site, message] : left) errors.push_back(message);
  return errors;
}

}  // namespace marmot::toolchain
