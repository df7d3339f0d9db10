// Where the toolchain's own files live, found from the running executable:
//   <prefix>/bin/marmot, <prefix>/lib/marmot/{marmot-frontend,runtime/,builtins/},
//   <prefix>/share/marmot/{targets/,goroot-overlay/}.
// The build tree (build/bin, build/lib/marmot, build/share/marmot) has the same shape.
#pragma once
#include <string>

namespace marmot::toolchain {

struct InstallLayout {
  std::string prefix;
  std::string goroot = "/usr/lib/go-1.19";  // Debian's golang-1.19-src

  std::string frontend() const { return prefix + "/lib/marmot/marmot-frontend"; }
  std::string runtimeBitcode(const std::string &variant) const { return prefix + "/lib/marmot/runtime/" + variant + ".bc"; }
  std::string builtinsArchive(const std::string &variant) const { return prefix + "/lib/marmot/builtins/" + variant + "/libgcc.a"; }
  std::string targetsDir() const { return prefix + "/share/marmot/targets"; }
  std::string gorootOverlay() const { return prefix + "/share/marmot/goroot-overlay"; }

  // From the path of a program in <prefix>/bin. MARMOT_PREFIX overrides.
  static InstallLayout fromExecutable(const std::string &argv0);
};

}  // namespace marmot::toolchain
