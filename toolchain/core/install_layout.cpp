// Finds the installation prefix from the running executable.
#include "install_layout.h"

#include <cstdlib>
#include <filesystem>

namespace marmot::toolchain {

InstallLayout InstallLayout::fromExecutable(const std::string &argv0) {
  InstallLayout layout;
  if (const char *env = std::getenv("MARMOT_PREFIX"); env && *env) {
    layout.prefix = env;
    return layout;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  layout.prefix = exe.parent_path().parent_path().string();
  return layout;
}

}  // namespace marmot::toolchain
