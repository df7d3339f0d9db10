// Runs the build steps in order and turns every failure into a diagnostic.
#include "builder.h"

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "elf_image.h"
#include "elf_linker.h"
#include "frontend_invocation.h"
#include "ir_compiler.h"
#include "target_database.h"

namespace marmot::toolchain {
namespace fs = std::filesystem;

namespace {

BuildResult failed(const std::string &message) {
  BuildResult r;
  r.diagnostics.push_back(Diagnostic{{}, 0, 0, message});
  return r;
}

}  // namespace

std::string buildCacheDir(const std::string &key) {
  std::string base;
  if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) base = xdg;
  else if (const char *home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.cache";
  else base = fs::temp_directory_path().string();
  std::string dir = base + "/marmot/builds/" + key;
  std::error_code ec;
  fs::create_directories(dir, ec);
  return dir;
}

Builder::Builder(InstallLayout layout) : m_layout(std::move(layout)) {}

Result<Target> Builder::target(const std::string &name) const {
  return TargetDatabase(m_layout.targetsDir()).load(name);
}

BuildResult Builder::build(const BuildRequest &request) const {
  auto loaded = target(request.target);
  if (!loaded.ok()) return failed(loaded.error());
  const Target &t = loaded.value();
  if (!t.isBuildable()) return failed("\"" + t.name + "\" describes a chip family, not a board: pick a board from `marmot targets`");

  std::error_code ec;
  fs::path package = fs::absolute(fs::path(request.workDir) / request.package, ec);
  if (!fs::exists(package)) return failed("no such package or file: " + request.package);
  std::string gc = request.gc.empty() ? t.gc : request.gc;
  if (gc != "conservative" && gc != "leaking" && gc != "none")
    return failed("unknown -gc=" + gc + " (use conservative, leaking or none)");
  uint32_t stackSize = request.stackSize ? request.stackSize : t.defaultStackSize;

  bool hostPins = request.runsOn == RunsOn::Emulator || t.flashMethod.empty();
  std::string key = t.name + (hostPins ? "-" : "-board-") +
                    std::to_string(std::hash<std::string>{}(package.string() + gc + request.optLevel) & 0xFFFFFFFF);
  std::string dir = buildCacheDir(key);
  std::string irPath = dir + "/program.ll";
  std::string objPath = dir + "/program.o";
  std::string elfPath = request.output.empty() || outputFormatFor(request.output) != OutputFormat::Elf
                            ? dir + "/firmware.elf"
                            : fs::absolute(fs::path(request.workDir) / request.output, ec).string();

  FrontendRequest fe;
  fe.package = package.string();
  fe.workDir = fs::absolute(request.workDir, ec).string();
  fe.gc = gc;
  fe.optLevel = request.optLevel;
  fe.stackSize = stackSize;
  fe.outputIr = irPath;
  BuildResult result;
  auto frontend = runFrontend(m_layout, t, fe);
  if (!frontend.ok()) return failed(frontend.error());
  if (!frontend.value().empty()) {
    result.diagnostics = frontend.value();
    return result;
  }

  IrCompileRequest ir;
  ir.programIr = irPath;
  ir.runtimeBitcode = m_layout.runtimeBitcode(t.runtimeVariant);
  ir.objectPath = objPath;
  ir.optLevel = request.optLevel;
  if (request.keepIntermediates) ir.optimizedIrPath = dir + "/optimized.ll";
  std::vector<std::string> allocationErrors;
  ir.gcNone = gc == "none";
  ir.hostPins = hostPins;
  ir.allocationErrors = &allocationErrors;
  auto compiled = compileIr(t, ir);
  if (!compiled.ok()) return failed(compiled.error());
  if (!allocationErrors.empty()) {
    for (const std::string &line : allocationErrors) result.diagnostics.push_back(Diagnostic::parse(line));
    return result;
  }

  LinkRequest link;
  link.objects = {objPath, m_layout.builtinsArchive(t.runtimeVariant)};
  link.linkerScript = m_layout.targetsDir() + "/" + t.linkerScript;
  link.searchDirs = {m_layout.targetsDir()};
  link.output = elfPath;
  auto linked = linkElf(link);
  if (!linked.ok()) return failed(linked.error());

  result.elfPath = elfPath;
  result.outputPath = elfPath;
  if (!request.output.empty()) {
    std::string out = fs::absolute(fs::path(request.workDir) / request.output, ec).string();
    auto written = writeImage(elfPath, outputFormatFor(out), out, 0);
    if (!written.ok()) return failed(written.error());
    result.outputPath = out;
  }
  auto size = measureElf(elfPath);
  if (!size.ok()) return failed(size.error());
  result.size = size.value();
  result.size.flashCapacity = t.flashSize;
  result.size.ramCapacity = t.ramSize;
  if (t.flashSize && result.size.flash() > t.flashSize)
    return failed("the program needs " + std::to_string(result.size.flash()) + " bytes of flash; " + t.name + " has " + std::to_string(t.flashSize));
  if (t.ramSize && result.size.ram() > t.ramSize)
    return failed("the program needs " + std::to_string(result.size.ram()) + " bytes of RAM; " + t.name + " has " + std::to_string(t.ramSize));
  result.ok = true;
  return result;
}

}  // namespace marmot::toolchain
