// Runs the build steps in order and turns every failure into a diagnostic.
#include "builder.h"

#include <unistd.h>

#include <atomic>
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

// A build's own files in the cache folder: two builds of one package at once (the IDE and
// a terminal, parallel tests) must not write into each other's. The intermediates carry a
// name of their own and go when the build ends, unless kept (-work: then under the usual
// names, program.ll and program.o); the firmware is linked under a name of its own and then
// renamed to firmware.elf, which replaces the previous one in one step.
class BuildFiles {
 public:
  BuildFiles(const std::string &dir, bool keep) : m_dir(dir), m_keep(keep) {
    static std::atomic<unsigned> counter{0};
    m_own = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  }
  ~BuildFiles() {
    std::error_code ec;
    for (const char *name : {"program.ll", "program.o"}) {
      std::string path = own(name);
      if (m_keep) fs::rename(path, m_dir + "/" + name, ec);
      else fs::remove(path, ec);
    }
    if (!m_firmwareDone) fs::remove(own("firmware.elf"), ec);
  }
  // dir/NAME with this build's mark before the extension.
  std::string own(const std::string &name) const {
    auto dot = name.rfind('.');
    return m_dir + "/" + name.substr(0, dot) + "-" + m_own + name.substr(dot);
  }
  // Moves the linked firmware to dir/firmware.elf and returns that path.
  std::string publishFirmware() {
    std::string published = m_dir + "/firmware.elf";
    std::error_code ec;
    fs::rename(own("firmware.elf"), published, ec);
    m_firmwareDone = !ec;
    return m_firmwareDone ? published : own("firmware.elf");
  }

 private:
  std::string m_dir, m_own;
  bool m_keep;
  bool m_firmwareDone = false;
};

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
  std::string key = t.name + (hostPins ? "-" : "-board-") + (request.panicTrap ? "trap-" : "") +
                    std::to_string(std::hash<std::string>{}(package.string() + gc + request.optLevel) & 0xFFFFFFFF);
  std::string dir = buildCacheDir(key);
  BuildFiles files(dir, request.keepIntermediates);
  std::string irPath = files.own("program.ll");
  std::string objPath = files.own("program.o");
  const bool cachedElf = request.output.empty() || outputFormatFor(request.output) != OutputFormat::Elf;
  std::string elfPath = cachedElf ? files.own("firmware.elf")
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
  ir.panicTrap = request.panicTrap;
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
  if (cachedElf) elfPath = files.publishFirmware();

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
