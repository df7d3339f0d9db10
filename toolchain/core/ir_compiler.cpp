// LLVM 15: parse, link with the runtime, internalise, optimise, add stack checks where the
// runtime asks for them, emit an object file.
#include "ir_compiler.h"

#include <llvm/ADT/StringSet.h>
#include <llvm/IR/DiagnosticInfo.h>
#include <llvm/IR/DiagnosticPrinter.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Linker/Linker.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Transforms/IPO/GlobalDCE.h>
#include <llvm/Transforms/IPO/Internalize.h>

#include <mutex>

#include "gc_none_allocations.h"
#include "init_outline.h"
#include "stack_check.h"
#include "whole_program.h"

namespace marmot::toolchain {
namespace {

void initialiseLlvmOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
    llvm::InitializeAllAsmParsers();  // the runtime uses inline assembly
  });
}

std::string diagnosticText(const llvm::SMDiagnostic &diag, const std::string &what) {
  std::string text;
  llvm::raw_string_ostream out(text);
  diag.print(what.c_str(), out, /*ShowColors=*/false);
  return out.str();
}

llvm::OptimizationLevel optimizationLevel(const std::string &opt) {
  if (opt == "1") return llvm::OptimizationLevel::O1;
  if (opt == "2") return llvm::OptimizationLevel::O2;
  if (opt == "s") return llvm::OptimizationLevel::Os;
  if (opt == "z") return llvm::OptimizationLevel::Oz;
  return llvm::OptimizationLevel::O0;
}

std::unique_ptr<llvm::TargetMachine> makeTargetMachine(const Target &target, const std::string &opt, std::string &error) {
  const llvm::Target *llvmTarget = llvm::TargetRegistry::lookupTarget(target.llvmTarget, error);
  if (!llvmTarget) return nullptr;
  llvm::TargetOptions options;
  options.FloatABIType = target.floatAbi == "hard" ? llvm::FloatABI::Hard : llvm::FloatABI::Soft;
  options.MCOptions.ABIName = target.abi;
  options.FunctionSections = true;
  options.DataSections = true;
  // -opt=1 is for debugging: like -opt=0 in code generation, so values stay where DWARF says.
  auto level = (opt == "0" || opt == "1") ? llvm::CodeGenOpt::None : llvm::CodeGenOpt::Default;
  return std::unique_ptr<llvm::TargetMachine>(llvmTarget->createTargetMachine(
      target.llvmTarget, target.cpu, target.features, options, llvm::Reloc::Static, llvm::None, level));
}

// Symbols that must stay visible to the linker: entry points, what the linker script or
// libgcc reference, and what the code generator may call on its own (memcpy and friends).
// With -gc=none runtime_alloc stays external too: otherwise interprocedural passes may fold
// a size every call shares into the function and drop the argument, and the stack
// promotion (gc_none_allocations.cpp), which needs each call's size, would miss those calls.
bool mustStayExternal(const llvm::GlobalValue &gv, const llvm::StringSet<> &used, bool gcNone) {
  llvm::StringRef name = gv.getName();
  if (gcNone && name == "runtime_alloc") return true;
  static const char *const keep[] = {"Reset_Handler", "_start", "memcpy", "memmove", "memset", "memcmp", "bcmp", "abort"};
  for (const char *k : keep)
    if (name == k) return true;
  return name.startswith("__") || used.count(name);
}

llvm::StringSet<> usedSymbols(const llvm::Module &module) {
  llvm::StringSet<> out;
  for (const char *listName : {"llvm.used", "llvm.compiler.used"}) {
    const llvm::GlobalVariable *list = module.getGlobalVariable(listName);
    if (!list || !list->hasInitializer()) continue;
    if (const auto *init = llvm::dyn_cast<llvm::ConstantArray>(list->getInitializer()))
      for (const llvm::Use &op : init->operands())
        if (const auto *gv = llvm::dyn_cast<llvm::GlobalValue>(op->stripPointerCasts())) out.insert(gv->getName());
  }
  return out;
}

// The front end's functions carry no CPU attributes; give every function the target's, so
// the runtime (compiled by clang with them) can be inlined into Go code and vice versa.
// Nothing unwinds through frames with tables, so every function is nounwind.
void applyTargetAttributes(llvm::Module &module, const Target &target) {
  for (llvm::Function &f : module) {
    if (f.isDeclaration()) continue;
    f.addFnAttr("target-cpu", target.cpu);
    f.addFnAttr("target-features", target.features);
    // Go panics unwind with the runtime's own jump buffers, never with C++-style tables:
    // without this, every function gets an ARM EHABI entry and libgcc's unwinder is linked in.
    f.addFnAttr(llvm::Attribute::NoUnwind);
    f.removeFnAttr(llvm::Attribute::UWTable);
  }
}

// Collects LLVM's error diagnostics (the default handler would exit the process on the
// first one, taking the IDE with it); warnings are dropped.
struct CollectingDiagnostics : llvm::DiagnosticHandler {
  std::string errors;
  bool handleDiagnostics(const llvm::DiagnosticInfo &info) override {
    if (info.getSeverity() != llvm::DS_Error) return true;
    llvm::raw_string_ostream out(errors);
    llvm::DiagnosticPrinterRawOStream printer(out);
    info.print(printer);
    out << "\n";
    return true;
  }
};

}  // namespace

Result<bool> compileIr(const Target &target, const IrCompileRequest &request) {
  initialiseLlvmOnce();
  llvm::LLVMContext context;
  auto handler = std::make_unique<CollectingDiagnostics>();
  CollectingDiagnostics *diagnostics = handler.get();
  context.setDiagnosticHandler(std::move(handler));
  llvm::SMDiagnostic diag;
  std::unique_ptr<llvm::Module> program = llvm::parseIRFile(request.programIr, diag, context);
  if (!program)
    return Result<bool>::failure("internal compiler error: the front end produced invalid IR: " + diagnosticText(diag, request.programIr));
  std::unique_ptr<llvm::Module> runtime = llvm::parseIRFile(request.runtimeBitcode, diag, context);
  if (!runtime)
    return Result<bool>::failure("cannot read the runtime for " + target.name + ": " + diagnosticText(diag, request.runtimeBitcode) +
                                 " (is the toolchain installed completely?)");

  std::string error;
  auto machine = makeTargetMachine(target, request.optLevel, error);
  if (!machine) return Result<bool>::failure("target " + target.name + ": " + error);
  program->setTargetTriple(target.llvmTarget);
  program->setDataLayout(machine->createDataLayout());
  runtime->setTargetTriple(target.llvmTarget);
  runtime->setDataLayout(machine->createDataLayout());

  markGoFunctions(*program);
  if (llvm::Linker::linkModules(*program, std::move(runtime)))
    return Result<bool>::failure("internal compiler error: the program and the runtime do not link: " +
                                 (diagnostics->errors.empty() ? std::string("a symbol is defined twice or with another type") : diagnostics->errors));
  applyTargetAttributes(*program, target);

  std::string verifyErrors;
  llvm::raw_string_ostream verifyOut(verifyErrors);
  if (llvm::verifyModule(*program, &verifyOut))
    return Result<bool>::failure("internal compiler error: invalid IR after linking the runtime: " + verifyOut.str().substr(0, 2000));

  // main.main stays a function of its own: debuggers break on it and benchmarks find it.
  if (llvm::Function *mainMain = program->getFunction("main.main"); mainMain && !mainMain->isDeclaration())
    mainMain->addFnAttr(llvm::Attribute::NoInline);

  llvm::StringSet<> used = usedSymbols(*program);
  // With -gc=none: what each allocation site of the program allocates, before passes that
  // rebuild calls (dead-argument elimination) drop the front end's !marmot.alloc tags.
  AllocationSites allocationSites;
  if (request.gcNone) allocationSites = collectAllocationSites(*program);
  llvm::internalizeModule(*program, [&](const llvm::GlobalValue &gv) { return mustStayExternal(gv, used, request.gcNone); });

  {
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    llvm::PassBuilder builder(machine.get());
    if (request.gcNone) registerStackAllocation(builder);
    builder.registerModuleAnalyses(mam);
    builder.registerCGSCCAnalyses(cgam);
    builder.registerFunctionAnalyses(fam);
    builder.registerLoopAnalyses(lam);
    builder.crossRegisterProxies(lam, fam, cgam, mam);
    // -opt=1 is the debugging level: no IR optimisation, so gdb reads every parameter and
    // local of the Go code as written; the runtime bitcode arrives optimised by clang.
    llvm::OptimizationLevel level = optimizationLevel(request.optLevel);
    bool debugging = level == llvm::OptimizationLevel::O0 || level == llvm::OptimizationLevel::O1;
    if (debugging)
      defineConservativeLinkFlags(*program);
    else
      applyWholeProgramFacts(*program);
    defineLinkFlag(*program, "marmot.link.hostPins", request.hostPins);
    defineLinkFlag(*program, "marmot.link.panicTrap", request.panicTrap);
    llvm::ModulePassManager passes;
    if (debugging) {
      // Unused runtime functions go before code generation: otherwise lld drops their code
      // but their debug info stays at address 0, and gdb names a nil pointer after one.
      passes.addPass(llvm::GlobalDCEPass());
      passes.addPass(builder.buildO0DefaultPipeline(level));
    } else {
      passes = builder.buildPerModuleDefaultPipeline(level);
    }
    passes.run(*program, mam);
    if (!debugging) outlineLargeInitialisation(*program);
  }
  // After the optimiser: only what is left of the Go code after inlining gets checked.
  if (auto checks = insertStackChecks(*program); !checks.ok()) return Result<bool>::failure(checks.error());

  if (!request.optimizedIrPath.empty()) {
    std::error_code ec;
    llvm::raw_fd_ostream out(request.optimizedIrPath, ec);
    if (!ec) program->print(out, nullptr);
  }

  if (request.gcNone && request.allocationErrors) {
    *request.allocationErrors = remainingAllocations(*program, allocationSites);
    // Without optimisation nothing moves to the stack: say so, or the same program that
    // builds at -opt=z would fail here for no visible reason.
    if (request.optLevel == "0" || request.optLevel == "1")
      for (std::string &error : *request.allocationErrors)
        error += " (at -opt=" + request.optLevel + " nothing moves to the stack; -opt=2, s or z may keep it there)";
    if (!request.allocationErrors->empty()) return Result<bool>::success(false);
  }

  std::error_code ec;
  llvm::raw_fd_ostream object(request.objectPath, ec, llvm::sys::fs::OF_None);
  if (ec) return Result<bool>::failure("cannot write " + request.objectPath + ": " + ec.message());
  llvm::legacy::PassManager codegen;
  if (machine->addPassesToEmitFile(codegen, object, nullptr, llvm::CGFT_ObjectFile))
    return Result<bool>::failure("the LLVM back end cannot emit objects for " + target.llvmTarget);
  codegen.run(*program);
  object.close();
  if (!diagnostics->errors.empty()) return Result<bool>::failure("the LLVM back end failed: " + diagnostics->errors);
  if (object.has_error()) return Result<bool>::failure("cannot write " + request.objectPath + ": " + object.error().message());
  return Result<bool>::success(true);
}

}  // namespace marmot::toolchain
