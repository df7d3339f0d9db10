// lld::elf::link with a fixed argument list; its messages come back as the error text.
#include "elf_linker.h"

#include <lld/Common/Driver.h>
#include <llvm/Support/raw_ostream.h>

#include <mutex>

namespace marmot::toolchain {

Result<bool> linkElf(const LinkRequest &request) {
  std::vector<std::string> args = {"ld.lld", "--gc-sections", "--no-undefined", "-T", request.linkerScript};
  for (const auto &dir : request.searchDirs) args.push_back("-L" + dir);
  if (!request.mapFile.empty()) args.push_back("--Map=" + request.mapFile);
  for (const auto &obj : request.objects) args.push_back(obj);
  args.push_back("-o");
  args.push_back(request.output);
  std::vector<const char *> argv;
  for (const auto &a : args) argv.push_back(a.c_str());

  // lld keeps global state during a link: one link at a time per process.
  static std::mutex lldMutex;
  std::lock_guard<std::mutex> lock(lldMutex);
  std::string messages;
  llvm::raw_string_ostream out(messages), err(messages);
  bool ok = lld::elf::link(argv, out, err, /*exitEarly=*/false, /*disableOutput=*/false);
  lld::CommonLinkerContext::destroy();
  out.flush();
  err.flush();
  if (!ok) return Result<bool>::failure("link failed: " + messages);
  return Result<bool>::success(true);
}

}  // namespace marmot::toolchain
