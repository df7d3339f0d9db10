// Debug info: builds a Go program at -opt=1, starts it halted under QEMU's GDB server, and
// runs the gdb-multiarch session of a checks file against it. In the checks file, each
// "gdb: COMMAND" line is a command ("@name" stands for the number of the line marked
// "// @name" in the program); the indented lines under it are regular expressions its
// output must match, or with "! " first must not match; "#" starts a comment.
// usage: debuginfo_test BOARD PROGRAM.go CHECKS
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "builder.h"
#include "emulator.h"
#include "harness/program_runner.h"
#include "process.h"

using namespace marmot::toolchain;

namespace {

struct Expectation {
  std::string pattern;
  bool absent = false;  // the output must not match
};

struct Step {
  std::string command;
  std::vector<Expectation> expectations;
};

int freeTcpPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
    port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

std::vector<std::string> readLines(const std::string &path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Replaces each "@name" with the number of the source line holding the marker "// @name".
bool resolveMarkers(std::string &command, const std::vector<std::string> &source, std::string &error) {
  static const std::regex marker("@([A-Za-z_][A-Za-z0-9_]*)");
  std::string out;
  auto begin = std::sregex_iterator(command.begin(), command.end(), marker);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    std::regex line("// @" + (*it)[1].str() + "\\b");
    size_t found = 0;
    for (size_t i = 0; i < source.size() && !found; ++i)
      if (std::regex_search(source[i], line)) found = i + 1;
    if (!found) {
      error = "no line is marked \"// @" + (*it)[1].str() + "\"";
      return false;
    }
    out += command.substr(last, it->position() - last) + std::to_string(found);
    last = it->position() + it->length();
  }
  command = out + command.substr(last);
  return true;
}

bool parseChecks(const std::string &path, const std::vector<std::string> &source, std::vector<Step> &steps,
                 std::string &error) {
  int number = 0;
  for (const std::string &line : readLines(path)) {
    ++number;
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (start == 0) {
      if (line.rfind("gdb: ", 0) != 0) {
        error = where + "expected \"gdb: COMMAND\" or an indented pattern";
        return false;
      }
      Step step{line.substr(5), {}};
      if (!resolveMarkers(step.command, source, error)) {
        error = where + error;
        return false;
      }
      steps.push_back(step);
      continue;
    }
    if (steps.empty()) {
      error = where + "a pattern before the first command";
      return false;
    }
    Expectation e{line.substr(start)};
    if (e.pattern.rfind("! ", 0) == 0) {
      e.absent = true;
      e.pattern = e.pattern.substr(2);
    }
    steps.back().expectations.push_back(e);
  }
  if (steps.empty()) error = path + ": no commands";
  return !steps.empty();
}

}  // namespace

int main(int argc, char **argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: debuginfo_test BOARD PROGRAM.go CHECKS\n");
    return 2;
  }
  std::string board = argv[1], file = argv[2], checksPath = argv[3];
  std::vector<Step> steps;
  std::string error;
  if (!parseChecks(checksPath, readLines(file), steps, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }

  InstallLayout layout = marmot::testing::buildTreeLayout();
  BuildRequest request;
  request.target = board;
  request.package = file;
  request.optLevel = "1";
  auto built = Builder(layout).build(request);
  if (!built.ok) {
    for (const auto &d : built.diagnostics) std::fprintf(stderr, "%s\n", d.toString().c_str());
    return 1;
  }
  auto target = Builder(layout).target(board).value();
  int port = freeTcpPort();
  std::string address = "127.0.0.1:" + std::to_string(port);
  auto qemuArgs = emulatorCommand(target, built.elfPath, {"-S", "-gdb", "tcp:" + address});
  BackgroundProcess qemu;
  auto started = qemu.start(qemuArgs.value());
  if (!started.ok()) {
    std::fprintf(stderr, "%s\n", started.error().c_str());
    return 1;
  }
  // gdb retries a refused connection (set tcp auto-retry) while QEMU starts listening.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  std::vector<std::string> gdb = {"gdb-multiarch", "-nx", "-batch", "-ex", "set pagination off", "-ex", "set confirm off",
                                  "-ex", "set width 0", "-ex", "target remote " + address};
  // A marker line before each command's output splits the transcript into steps.
  for (size_t i = 0; i < steps.size(); ++i) {
    gdb.insert(gdb.end(), {"-ex", "echo \\n@@@ " + std::to_string(i) + "\\n", "-ex", steps[i].command});
  }
  gdb.insert(gdb.end(), {"-ex", "echo \\n@@@ end\\n", built.elfPath});
  auto run = runProcess(gdb, ProcessOptions{true, true, "", 90});
  qemu.stop();
  if (!run.ok()) {
    std::fprintf(stderr, "%s (install gdb-multiarch)\n", run.error().c_str());
    return 1;
  }
  const std::string &out = run.value().output;
  int failures = 0;
  for (size_t i = 0; i < steps.size(); ++i) {
    std::string begin = "\n@@@ " + std::to_string(i) + "\n";
    std::string end = "\n@@@ " + (i + 1 < steps.size() ? std::to_string(i + 1) : std::string("end")) + "\n";
    size_t from = out.find(begin), to = out.find(end);
    std::string section = from == std::string::npos || to == std::string::npos || to < from
                              ? std::string()
                              : out.substr(from + begin.size(), to - from - begin.size());
    for (const auto &e : steps[i].expectations) {
      if (std::regex_search(section, std::regex(e.pattern)) != e.absent) continue;
      std::fprintf(stderr, "%s: `%s` %s /%s/; it printed:\n%s\n", board.c_str(), steps[i].command.c_str(),
                   e.absent ? "must not match" : "does not match", e.pattern.c_str(), section.c_str());
      ++failures;
    }
  }
  if (run.value().errors.find("internal-error") != std::string::npos) {
    std::fprintf(stderr, "gdb hit an internal error\n");
    ++failures;
  }
  if (failures) {
    std::fprintf(stderr, "--- gdb output ---\n%s\n--- gdb errors ---\n%s\n", out.c_str(), run.value().errors.c_str());
    return 1;
  }
  std::string base = checksPath.substr(checksPath.find_last_of('/') + 1);
  std::printf("ok: %s: gdb-multiarch printed what the %zu commands of %s expect\n", board.c_str(), steps.size(),
              base.c_str());
  return 0;
}
