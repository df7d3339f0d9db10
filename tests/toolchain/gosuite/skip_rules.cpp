// The rules, in the order they are tried. A single object larger than half the board's RAM is
// taken as impossible: the runtime, the goroutine stacks and the heap's free space need the rest.
#include "skip_rules.h"

#include <map>
#include <utility>

#include "build_constraint.h"
#include "go_source_scan.h"
#include "known_limits.h"
#include "memory_estimate.h"

namespace marmot::gosuite {
namespace {

std::string humanBytes(uint64_t bytes) {
  if (bytes >= (uint64_t(1) << 20) && bytes % (uint64_t(1) << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= 1024) return std::to_string((bytes + 512) / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string constraintReason(const TestHeader &header, const Board &board) {
  BuildTags tags(board.goos, board.goarch, board.tags);
  for (const auto &line : header.constraints) {
    auto holds = evaluateConstraint(line, tags);
    if (!holds || *holds) continue;
    std::string reason = "build constraint `" + line + "` excludes " + board.goos + "/" + board.goarch;
    if (evaluateConstraint(line, tags.with("gc")).value_or(false)) reason += " built by Marmot (it needs the gc toolchain)";
    return reason;
  }
  return {};
}

// In order of how fundamental the need is, so a test importing several names the first.
std::string importReason(const std::vector<std::string> &imports) {
  static const std::vector<std::pair<std::string, std::string>> unavailable = {
      {"os/exec", "runs other processes (os/exec)"},
      {"net", "needs a network (net)"},
      {"os/signal", "needs signals (os/signal)"},
      {"syscall", "calls the operating system (syscall)"},
      {"C", "needs cgo (import \"C\")"},
      {"plugin", "loads plugins (plugin)"},
      {"os/user", "needs user accounts (os/user)"},
      {"io/ioutil", "needs a file system (io/ioutil)"},
      {"runtime/pprof", "needs runtime/pprof profiling (Marmot profiles over the trace link instead)"},
      {"runtime/debug", "needs runtime/debug (GC percent, stack limits and traces are not tunable on the board)"},
  };
  for (const auto &[wanted, reason] : unavailable)
    for (const auto &path : imports)
      if (path == wanted) return reason;
      else if (wanted == "net" && path.rfind("net/", 0) == 0) return "needs a network (" + path + ")";
  return {};
}

std::string osReason(const std::string &code) {
  static const std::map<std::string, std::string> needs = {
      {"Open", "files"},       {"OpenFile", "files"},    {"Create", "files"},      {"CreateTemp", "files"},
      {"ReadFile", "files"},   {"WriteFile", "files"},   {"Remove", "files"},      {"RemoveAll", "files"},
      {"Mkdir", "files"},      {"MkdirAll", "files"},    {"MkdirTemp", "files"},   {"TempDir", "files"},
      {"ReadDir", "files"},    {"DirEntry", "files"},    {"Stat", "files"},        {"Lstat", "files"},
      {"Chdir", "files"},      {"Getwd", "files"},       {"Rename", "files"},      {"Executable", "processes"},
      {"StartProcess", "processes"}, {"FindProcess", "processes"}, {"Pipe", "processes"},
      {"Getpid", "processes"}, {"Hostname", "a host name"}, {"Setenv", "a process environment"},
      {"Environ", "a process environment"}, {"Args", "command-line arguments"},
  };
  for (const auto &name : qualifiedNames(code, "os"))
    if (auto it = needs.find(name); it != needs.end()) return "needs " + it->second + " (os." + name + ")";
  return {};
}

std::string runtimeReason(const std::string &code) {
  for (const char *name : {"MemProfile", "MemProfileRate", "SetCPUProfileRate", "BlockProfile", "MutexProfile",
                           "SetBlockProfileRate", "SetMutexProfileFraction", "ThreadCreateProfile"})
    if (qualifiedNames(code, "runtime").count(name))
      return std::string("needs runtime profiling (runtime.") + name + "); Marmot profiles over the trace link instead";
  return {};
}

std::string memoryReason(const std::string &relativeName, const std::string &code, const Board &board) {
  for (const auto &known : knownLimits())
    if (known.file == relativeName && (known.ramBytes == 0 || (board.ramBytes != 0 && known.ramBytes > board.ramBytes)))
      return known.reason;
  if (board.ramBytes == 0) return {};
  auto biggest = largestConstantAllocation(code);
  if (biggest && biggest->bytes > board.ramBytes / 2)
    return "needs more RAM than the board has: `" + biggest->text + "` at line " + std::to_string(biggest->line) +
           " is " + humanBytes(biggest->bytes) + ", over half of " + board.name + "'s " + humanBytes(board.ramBytes);
  return {};
}

}  // namespace

std::string skipReason(const std::string &relativeName, const std::string &source, const TestHeader &header,
                       const Board &board) {
  std::string code = stripComments(source);
  std::string bare = blankLiterals(code);
  for (auto reason : {constraintReason(header, board), importReason(importedPaths(code)), osReason(bare),
                      runtimeReason(bare), memoryReason(relativeName, bare, board)})
    if (!reason.empty()) return reason;
  return {};
}

}  // namespace marmot::gosuite
