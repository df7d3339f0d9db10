// clang-15 and ld.lld-15 through argument vectors.
#include "reference_c.h"

#include "process.h"

namespace marmot::bench {
using namespace marmot::toolchain;

// The C programs' stack: 1 KiB is plenty for them (the boards' goroutine stack size is a Go
// setting and says nothing about C).
constexpr unsigned kReferenceStackBytes = 1024;

Result<std::string> buildReferenceC(const Target &target, const std::string &benchDir, const std::string &cFile,
                                    const std::string &outElf) {
  std::vector<std::string> objects;
  for (const std::string src : {benchDir + "/c/crt0.c", benchDir + "/c/" + cFile}) {
    std::string obj = outElf + "." + std::to_string(objects.size()) + ".o";
    std::vector<std::string> cc = {"clang-15", "--target=" + target.llvmTarget, "-mcpu=" + target.cpu,
                                   "-mfloat-abi=" + (target.floatAbi.empty() ? std::string("soft") : target.floatAbi),
                                   "-Os", "-ffreestanding", "-nostdlib", "-ffunction-sections", "-fdata-sections",
                                   "-c", src, "-o", obj};
    auto r = runProcess(cc);
    if (!r.ok()) return Result<std::string>::failure(r.error());
    if (r.value().exitCode != 0) return Result<std::string>::failure("clang-15 failed on " + src + ":\n" + r.value().errors);
    objects.push_back(obj);
  }
  std::vector<std::string> ld = {"ld.lld-15", "--gc-sections", "-T", benchDir + "/c/cortexm_min.ld",
                                 "--defsym=FLASH_SIZE=" + std::to_string(target.flashSize),
                                 "--defsym=RAM_SIZE=" + std::to_string(target.ramSize),
                                 "--defsym=STACK_SIZE=" + std::to_string(kReferenceStackBytes)};
  ld.insert(ld.end(), objects.begin(), objects.end());
  ld.push_back("-o");
  ld.push_back(outElf);
  auto r = runProcess(ld);
  if (!r.ok()) return Result<std::string>::failure(r.error());
  if (r.value().exitCode != 0) return Result<std::string>::failure("ld.lld-15 failed:\n" + r.value().errors);
  return Result<std::string>::success(outElf);
}

}  // namespace marmot::bench
