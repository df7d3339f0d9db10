// Builds the merged GOROOT out of symbolic links.
#include "goroot_merge.h"

#include <filesystem>

#include "builder.h"

namespace marmot::toolchain {
namespace fs = std::filesystem;

namespace {

bool hasGoFiles(const fs::path &dir) {
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".go") return true;
  return false;
}

void mergeDir(const fs::path &base, const fs::path &overlay, const fs::path &out, std::error_code &ec) {
  fs::create_directories(out, ec);
  bool replaced = hasGoFiles(overlay);
  // Files: the overlay's when it replaces the package, else the standard ones.
  const fs::path &fileSource = replaced ? overlay : base;
  for (const auto &e : fs::directory_iterator(fileSource, ec))
    if (!e.is_directory()) fs::create_symlink(e.path(), out / e.path().filename(), ec);
  // Subfolders: merged when both have them, linked otherwise.
  for (const auto &e : fs::directory_iterator(overlay, ec)) {
    if (!e.is_directory()) continue;
    fs::path other = base / e.path().filename();
    if (fs::is_directory(other)) mergeDir(other, e.path(), out / e.path().filename(), ec);
    else fs::create_symlink(e.path(), out / e.path().filename(), ec);
  }
  for (const auto &e : fs::directory_iterator(base, ec)) {
    if (!e.is_directory() || fs::exists(overlay / e.path().filename())) continue;
    fs::create_symlink(e.path(), out / e.path().filename(), ec);
  }
}

}  // namespace

Result<bool> mergeGorootTrees(const std::string &goroot, const std::string &overlay, const std::string &out) {
  std::error_code ec;
  fs::remove_all(out, ec);
  fs::create_directories(out, ec);
  for (const char *entry : {"bin", "pkg", "VERSION", "api", "misc", "lib"})
    if (fs::exists(fs::path(goroot) / entry)) fs::create_symlink(fs::path(goroot) / entry, fs::path(out) / entry, ec);
  mergeDir(fs::path(goroot) / "src", fs::path(overlay) / "src", fs::path(out) / "src", ec);
  if (ec) return Result<bool>::failure("cannot build the merged GOROOT in " + out + ": " + ec.message());
  return Result<bool>::success(true);
}

Result<std::string> mergedGoroot(const InstallLayout &layout) {
  if (!fs::is_directory(layout.goroot + "/src"))
    return Result<std::string>::failure("Go 1.19 sources are missing in " + layout.goroot + " (install golang-1.19-src)");
  std::string out = buildCacheDir("goroot");
  auto merged = mergeGorootTrees(layout.goroot, layout.gorootOverlay(), out);
  if (!merged.ok()) return Result<std::string>::failure(merged.error());
  return Result<std::string>::success(out);
}

}  // namespace marmot::toolchain
