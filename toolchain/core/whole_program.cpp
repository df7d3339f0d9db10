// Whole-program facts for the linked module: see whole_program.h.
//
// Type tests: an interface value's type word is always the address of a type descriptor
// (a "type:..." global) that some code stored into an interface, or that another descriptor
// or a reflection table points to. A descriptor whose only uses are `icmp eq/ne` therefore
// names a type no interface can hold, and every such comparison has a known answer. Folding
// them removes type-switch cases, method dispatch entries and assertion tests for types the
// program never boxes (the panic printer's float cases in a program without floats, say),
// and with them the code those branches would call.
//
// Link flags: the runtime declares `marmot.link.<name>` constants it never defines; they
// are defined here from the module after dead code is gone.
#include "whole_program.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/IPO/GlobalDCE.h>
#include <llvm/Transforms/Scalar/InstSimplifyPass.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>

namespace marmot::toolchain {
namespace {

// abi.h's enum go_kind.
constexpr unsigned kindFloat32 = 13;
constexpr unsigned kindComplex128 = 16;
constexpr unsigned kindChan = 18;
constexpr unsigned kindPointer = 22;
constexpr unsigned kindString = 24;
constexpr unsigned kindUnsafePointer = 26;

bool isTypeDescriptor(const llvm::GlobalVariable &g) { return g.getName().startswith("type:"); }

// Collects the comparisons among the uses of v; false when any other use lets the address
// escape (stored, passed, kept in a constant, compared by order).
bool onlyTypeTests(llvm::Value *v, llvm::SmallVectorImpl<llvm::ICmpInst *> &tests) {
  for (llvm::User *user : v->users()) {
    if (auto *cmp = llvm::dyn_cast<llvm::ICmpInst>(user)) {
      if (!cmp->isEquality()) return false;
      tests.push_back(cmp);
      continue;
    }
    auto *expr = llvm::dyn_cast<llvm::ConstantExpr>(user);
    if (expr && expr->isCast() && onlyTypeTests(expr, tests)) continue;
    return false;
  }
  return true;
}

// Replaces every test against a descriptor no interface can hold; true if any was found.
bool foldImpossibleTypeTests(llvm::Module &module) {
  bool changed = false;
  for (llvm::GlobalVariable &g : module.globals()) {
    if (!isTypeDescriptor(g)) continue;
    llvm::SmallVector<llvm::ICmpInst *, 8> tests;
    if (!onlyTypeTests(&g, tests) || tests.empty()) continue;
    for (llvm::ICmpInst *cmp : tests) {
      bool notEqual = cmp->getPredicate() == llvm::CmpInst::ICMP_NE;
      cmp->replaceAllUsesWith(llvm::ConstantInt::getBool(cmp->getType(), notEqual));
      cmp->eraseFromParent();
    }
    changed = true;
  }
  return changed;
}

// Removes what the folded tests made unreachable: the branches, then unused functions and
// descriptors (whose remaining uses may now be tests only).
void cleanUp(llvm::Module &module) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder builder;
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::FunctionPassManager perFunction;
  perFunction.addPass(llvm::InstSimplifyPass());
  perFunction.addPass(llvm::SimplifyCFGPass());
  llvm::ModulePassManager passes;
  passes.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(perFunction)));
  passes.addPass(llvm::GlobalDCEPass());
  passes.run(module, mam);
}

void removeDeadGlobals(llvm::Module &module) {
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder builder;
  builder.registerModuleAnalyses(mam);
  llvm::ModulePassManager passes;
  passes.addPass(llvm::GlobalDCEPass());
  passes.run(module, mam);
}

bool isCallTo(const llvm::User *user, llvm::StringRef name) {
  const auto *call = llvm::dyn_cast<llvm::CallInst>(user);
  return call && call->getCalledFunction() && call->getCalledFunction()->getName() == name;
}

// A global nothing ever reads: every use stores into it.
bool neverRead(const llvm::GlobalVariable *global) {
  for (const llvm::User *user : global->users()) {
    const auto *store = llvm::dyn_cast<llvm::StoreInst>(user);
    if (!store || store->getPointerOperand() != global || store->getValueOperand() == global) return false;
  }
  return true;
}

// Collects the stores among the uses of v, a global or a constant address inside one;
// false when any other use (a load, a call, an escaping address) may read it.
bool onlyStoredInto(llvm::Value *v, llvm::SmallVectorImpl<llvm::StoreInst *> &stores) {
  for (llvm::User *user : v->users()) {
    if (auto *store = llvm::dyn_cast<llvm::StoreInst>(user)) {
      if (store->getPointerOperand() != v || store->getValueOperand() == v || store->isVolatile()) return false;
      stores.push_back(store);
      continue;
    }
    auto *expr = llvm::dyn_cast<llvm::ConstantExpr>(user);
    bool address = expr && (expr->getOpcode() == llvm::Instruction::GetElementPtr || expr->isCast());
    if (address && onlyStoredInto(expr, stores)) continue;
    return false;
  }
  return true;
}

// Package-level variables that nothing reads (io/fs's errors in every program that imports
// os, say) lose their stores and go; the optimiser then drops what was computed only to be
// stored there. LLVM's GlobalOpt keeps such a variable when it is an aggregate holding
// pointers (an interface) written field by field. Globals the runtime or a debugger reads
// by name are external, and debug builds do not come here.
bool removeWriteOnlyGlobals(llvm::Module &module) {
  bool changed = false;
  for (llvm::GlobalVariable &g : llvm::make_early_inc_range(module.globals())) {
    if (!g.hasLocalLinkage() || g.isConstant() || isTypeDescriptor(g)) continue;
    llvm::SmallVector<llvm::StoreInst *, 8> stores;
    if (!onlyStoredInto(&g, stores)) continue;
    for (llvm::StoreInst *store : stores) store->eraseFromParent();
    g.removeDeadConstantUsers();
    if (!g.use_empty()) continue;
    g.eraseFromParent();
    changed = true;
  }
  return changed;
}

// Whether inserting a key of the map's key type can never panic: hashing an interface (or a
// struct or array that may hold one) panics when the dynamic type is not comparable.
bool keyHashCannotPanic(const llvm::Value *keyType) {
  const auto *desc = llvm::dyn_cast<llvm::GlobalVariable>(keyType);
  if (!desc || !isTypeDescriptor(*desc) || !desc->hasInitializer()) return false;
  const auto *kind = llvm::dyn_cast_or_null<llvm::ConstantInt>(desc->getInitializer()->getAggregateElement(0u));
  if (!kind) return false;
  uint64_t k = kind->getZExtValue();
  return (k >= 1 && k <= kindComplex128) || k == kindChan || k == kindPointer || k == kindString || k == kindUnsafePointer;
}

// Package-level map literals that nothing reads (unicode's Categories, Scripts and friends,
// in every program that imports strings) would otherwise be built on the heap at start-up:
// a runtime_mapMake whose map only receives entries (runtime_mapAssign, then a store into
// the returned slot) and is stored into globals that are never read is deleted with them,
// when no entry can panic (the key type hashes without one).
bool removeUnreadMaps(llvm::Module &module) {
  llvm::Function *make = module.getFunction("runtime_mapMake");
  if (!make) return false;
  llvm::SmallVector<llvm::CallInst *, 16> makes;
  for (llvm::User *user : make->users())
    if (isCallTo(user, "runtime_mapMake")) makes.push_back(llvm::cast<llvm::CallInst>(user));
  bool changed = false;
  for (llvm::CallInst *map : makes) {
    if (map->arg_size() < 1 || !keyHashCannotPanic(map->getArgOperand(0)->stripPointerCasts())) continue;
    llvm::SmallVector<llvm::Instruction *, 64> dead;
    bool unread = true, inGlobal = false;
    for (llvm::User *user : map->users()) {
      if (auto *store = llvm::dyn_cast<llvm::StoreInst>(user)) {
        auto *global = llvm::dyn_cast<llvm::GlobalVariable>(store->getPointerOperand());
        unread = unread && store->getValueOperand() == map && global && neverRead(global);
        inGlobal = true;
        dead.push_back(store);
        continue;
      }
      auto *assign = llvm::dyn_cast<llvm::CallInst>(user);
      if (!isCallTo(user, "runtime_mapAssign") || assign->getArgOperand(0) != map) {
        unread = false;
        break;
      }
      for (llvm::User *slotUser : assign->users()) {
        auto *store = llvm::dyn_cast<llvm::StoreInst>(slotUser);
        unread = unread && store && store->getPointerOperand() == assign && store->getValueOperand() != assign;
        if (store) dead.push_back(store);
      }
      dead.push_back(assign);
    }
    if (!unread || !inGlobal) continue;  // a local map is the optimiser's business
    for (llvm::Instruction *instruction : dead) instruction->eraseFromParent();  // stores, then their slots
    map->eraseFromParent();
    changed = true;
  }
  return changed;
}

bool functionUsed(const llvm::Module &module, llvm::StringRef name) {
  const llvm::Function *f = module.getFunction(name);
  return f && !f->use_empty();
}

bool floatTypeReachesInterface(const llvm::Module &module) {
  for (const llvm::GlobalVariable &g : module.globals()) {
    if (!isTypeDescriptor(g) || !g.hasInitializer()) continue;
    const auto *kind = llvm::dyn_cast_or_null<llvm::ConstantInt>(g.getInitializer()->getAggregateElement(0u));
    if (!kind) return true;  // not a descriptor laid out as expected: assume the worst
    uint64_t k = kind->getZExtValue();
    if (k >= kindFloat32 && k <= kindComplex128) return true;
  }
  return false;
}

// The Cortex-M vector table (rt_vectors): external interrupts are enabled only by the
// runtime's own clock (which has its own entry) and by runtime/interrupt, whose handlers go
// through rt_irqDispatch. Without runtime/interrupt.registerHandler no such handler exists,
// so the trailing rt_irqDispatch entries can never be taken and the table ends before them.
// A board's own time interrupt (rt_timeIrqHandler) is never taken in a program that does
// not read the clock (the board sleeps with it masked), so it counts as such an entry then.
bool trimInterruptVectors(llvm::Module &module, bool clockRead) {
  if (functionUsed(module, "runtime/interrupt.registerHandler")) return false;
  llvm::GlobalVariable *table = module.getGlobalVariable("rt_vectors", /*AllowInternal=*/true);
  const llvm::Function *dispatch = module.getFunction("rt_irqDispatch");
  if (!table || !dispatch || !table->hasInitializer()) return false;
  auto *entries = llvm::dyn_cast<llvm::ConstantArray>(table->getInitializer());
  if (!entries) return false;
  const llvm::Function *timeHandler = clockRead ? nullptr : module.getFunction("rt_timeIrqHandler");
  auto neverTaken = [&](unsigned i) {
    const llvm::Value *entry = entries->getOperand(i)->stripPointerCasts();
    return entry == dispatch || (timeHandler && entry == timeHandler);
  };
  constexpr unsigned systemVectors = 16;  // initial SP, reset and the exceptions
  unsigned keep = entries->getNumOperands();
  while (keep > systemVectors && neverTaken(keep - 1)) --keep;
  if (keep == entries->getNumOperands()) return false;
  auto *type = llvm::ArrayType::get(entries->getType()->getElementType(), keep);
  llvm::SmallVector<llvm::Constant *, 64> kept;
  for (unsigned i = 0; i < keep; ++i) kept.push_back(entries->getOperand(i));
  auto *trimmed = new llvm::GlobalVariable(module, type, table->isConstant(), table->getLinkage(),
                                           llvm::ConstantArray::get(type, kept), "", table);
  trimmed->copyAttributesFrom(table);  // section, alignment
  trimmed->takeName(table);
  table->replaceAllUsesWith(trimmed);  // llvm.used
  table->eraseFromParent();
  return true;
}

// Gives the runtime's declared flag its value, if the runtime declares it.
void defineFlag(llvm::Module &module, llvm::StringRef name, bool value) {
  llvm::GlobalVariable *flag = module.getGlobalVariable(name, /*AllowInternal=*/true);
  if (!flag || !flag->isDeclaration()) return;
  auto *type = llvm::dyn_cast<llvm::IntegerType>(flag->getValueType());
  if (!type) return;
  flag->setInitializer(llvm::ConstantInt::get(type, value ? 1 : 0));
  flag->setConstant(true);
  flag->setLinkage(llvm::GlobalValue::InternalLinkage);
}

}  // namespace

void applyWholeProgramFacts(llvm::Module &module) {
  removeDeadGlobals(module);
  if (removeUnreadMaps(module)) removeDeadGlobals(module);
  if (removeWriteOnlyGlobals(module)) removeDeadGlobals(module);
  for (int round = 0; round < 4 && foldImpossibleTypeTests(module); ++round) cleanUp(module);
  // Without runtime.SetFinalizer the collector has no finalizers to run (nor a goroutine to
  // start for them); folding that first leaves runtime_spawn only where a goroutine can start.
  defineFlag(module, "marmot.link.finalizers", functionUsed(module, "runtime.setFinalizer"));
  cleanUp(module);
  // A program without defer has no frame to unwind to: a panic prints and stops right
  // there, and runtime errors need not be built as values on the heap.
  defineFlag(module, "marmot.link.defer", functionUsed(module, "runtime_pushDeferFrame"));
  defineFlag(module, "marmot.link.floatTypes", floatTypeReachesInterface(module));
  // Without a goroutine besides main (no go statement, no AfterFunc, no finalizer), sleeping
  // need not go through the scheduler.
  bool goroutines = functionUsed(module, "runtime_spawn");
  defineFlag(module, "marmot.link.goroutines", goroutines);
  // Timers are queued by the time package (Timer, Ticker, After, AfterFunc start theirs
  // through time.startTimer) and by goroutines that sleep; otherwise the queue stays empty.
  bool timers = goroutines || functionUsed(module, "time.startTimer");
  defineFlag(module, "marmot.link.timers", timers);
  // The clock is read by the time package (Now, Since, timers) and by the scheduler's timer
  // queue; a program that only sleeps leaves it stopped between sleeps.
  bool clockRead = timers || functionUsed(module, "time.runtimeNano") || functionUsed(module, "runtime_nanotime");
  defineFlag(module, "marmot.link.clock", clockRead);
  trimInterruptVectors(module, clockRead);
}

void defineLinkFlag(llvm::Module &module, const char *name, bool value) { defineFlag(module, name, value); }

void defineConservativeLinkFlags(llvm::Module &module) {
  defineFlag(module, "marmot.link.defer", true);
  defineFlag(module, "marmot.link.floatTypes", true);
  defineFlag(module, "marmot.link.goroutines", true);
  defineFlag(module, "marmot.link.finalizers", true);
  defineFlag(module, "marmot.link.timers", true);
  defineFlag(module, "marmot.link.clock", true);
}

}  // namespace marmot::toolchain
