// Target JSON loading with inheritance, on LLVM's JSON parser.
#include "target_database.h"

#include <llvm/Support/JSON.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace marmot::toolchain {
namespace {

namespace fs = std::filesystem;
using llvm::json::Object;

// Keys whose lists accumulate along the inheritance chain instead of being replaced.
bool isAppendedList(llvm::StringRef key) { return key == "build-tags"; }

Result<Object> loadMerged(const std::string &dir, const std::string &name, std::set<std::string> &active) {
  if (name.empty() || name.find('/') != std::string::npos || name.find("..") != std::string::npos)
    return Result<Object>::failure("invalid target name \"" + name + "\"");
  if (active.count(name))
    return Result<Object>::failure("target \"" + name + "\" inherits from itself");
  std::string path = dir + "/" + name + ".json";
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return Result<Object>::failure("unknown target \"" + name + "\" (no " + path + "); run `marmot targets` for the list");
  auto parsed = llvm::json::parse((*buffer)->getBuffer());
  if (!parsed)
    return Result<Object>::failure(path + ": invalid JSON: " + llvm::toString(parsed.takeError()));
  Object *own = parsed->getAsObject();
  if (!own) return Result<Object>::failure(path + ": expected a JSON object");

  active.insert(name);
  Object merged;
  if (const llvm::json::Array *parents = own->getArray("inherits")) {
    for (const llvm::json::Value &parent : *parents) {
      auto parentName = parent.getAsString();
      if (!parentName) return Result<Object>::failure(path + ": \"inherits\" must list target names");
      auto base = loadMerged(dir, parentName->str(), active);
      if (!base.ok()) return base;
      for (auto &kv : base.value()) merged[kv.first] = kv.second;
    }
  }
  active.erase(name);

  for (auto &kv : *own) {
    if (kv.first == "inherits") continue;
    const llvm::json::Array *added = kv.second.getAsArray();
    llvm::json::Array *existing = merged.getArray(kv.first);
    if (isAppendedList(kv.first) && added && existing) {
      for (const auto &v : *added) existing->push_back(v);
    } else {
      merged[kv.first] = kv.second;
    }
  }
  return Result<Object>::success(std::move(merged));
}

std::string str(const Object &o, llvm::StringRef key) {
  auto v = o.getString(key);
  return v ? v->str() : std::string();
}

std::vector<std::string> strList(const Object &o, llvm::StringRef key) {
  std::vector<std::string> out;
  if (const auto *arr = o.getArray(key))
    for (const auto &v : *arr)
      if (auto s = v.getAsString()) out.push_back(s->str());
  return out;
}

std::vector<VirtualPin> virtualPins(const Object &board, llvm::StringRef key) {
  std::vector<VirtualPin> out;
  if (const auto *arr = board.getArray(key))
    for (const auto &v : *arr)
      if (const Object *pin = v.getAsObject()) {
        VirtualPin p;
        p.name = str(*pin, "name");
        if (auto n = pin->getInteger("pin")) p.pin = static_cast<uint32_t>(*n);
        out.push_back(p);
      }
  return out;
}

}  // namespace

TargetDatabase::TargetDatabase(std::string directory) : m_directory(std::move(directory)) {}

Result<Target> TargetDatabase::load(const std::string &name) const {
  std::set<std::string> active;
  auto merged = loadMerged(m_directory, name, active);
  if (!merged.ok()) return Result<Target>::failure(merged.error());
  const Object &o = merged.value();
  Target t;
  t.name = name;
  t.description = str(o, "description");
  t.llvmTarget = str(o, "llvm-target");
  t.cpu = str(o, "cpu");
  t.features = str(o, "features");
  t.floatAbi = str(o, "float-abi");
  t.abi = str(o, "abi");
  if (auto v = o.getString("goos")) t.goos = v->str();
  if (auto v = o.getString("goarch")) t.goarch = v->str();
  t.buildTags = strList(o, "build-tags");
  if (auto v = o.getString("gc")) t.gc = v->str();
  if (auto v = o.getString("scheduler")) t.scheduler = v->str();
  t.runtimeVariant = str(o, "runtime");
  t.linkerScript = str(o, "linkerscript");
  if (auto v = o.getInteger("default-stack-size")) t.defaultStackSize = static_cast<uint32_t>(*v);
  if (auto v = o.getInteger("flash-size")) t.flashSize = static_cast<uint64_t>(*v);
  if (auto v = o.getInteger("ram-size")) t.ramSize = static_cast<uint64_t>(*v);
  if (auto v = o.getBoolean("emulated")) t.emulated = *v;
  t.emulator = strList(o, "emulator");
  t.pinChannel = str(o, "pin-channel");
  t.pinReportArguments = strList(o, "pin-report-arguments");
  if (const Object *board = o.getObject("virtual-board")) {
    t.virtualLeds = virtualPins(*board, "leds");
    t.virtualButtons = virtualPins(*board, "buttons");
  }
  t.usbIds = strList(o, "usb-ids");
  t.flashMethod = str(o, "flash-method");
  t.msdVolumeNames = strList(o, "msd-volume-name");
  t.openocdInterface = str(o, "openocd-interface");
  t.openocdTarget = str(o, "openocd-target");
  if (t.isBuildable() && t.llvmTarget.empty())
    return Result<Target>::failure("target \"" + name + "\" has no llvm-target");
  return Result<Target>::success(std::move(t));
}

std::vector<std::string> TargetDatabase::names() const {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto &entry : fs::directory_iterator(m_directory, ec))
    if (entry.path().extension() == ".json") out.push_back(entry.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Target> TargetDatabase::boards(std::vector<std::string> *errors) const {
  std::vector<Target> out;
  for (const auto &name : names()) {
    auto t = load(name);
    if (!t.ok()) {
      if (errors) errors->push_back(t.error());
      continue;
    }
    if (t.value().isBuildable()) out.push_back(t.value());
  }
  return out;
}

}  // namespace marmot::toolchain
