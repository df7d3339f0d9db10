// Debug info: builds debuginfo/locals.go at -opt=1, starts it halted under QEMU's GDB
// server, and has gdb-multiarch stop on a line and read parameters and locals with their
// Go values. usage: debuginfo_test BOARD FILE.go
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <regex>
#include <string>
#include <thread>

#include "builder.h"
#include "emulator.h"
#include "harness/program_runner.h"
#include "process.h"

using namespace marmot::toolchain;

namespace {

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

}  // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: debuginfo_test BOARD FILE.go\n");
    return 2;
  }
  std::string board = argv[1], file = argv[2];
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
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  std::string base = file.substr(file.find_last_of('/') + 1);
  std::vector<std::string> gdb = {"gdb-multiarch", "-nx", "-batch", "-ex", "set pagination off", "-ex", "set confirm off",
                                  "-ex", "target remote " + address, "-ex", "break " + base + ":12", "-ex", "continue",
                                  "-ex", "info args", "-ex", "info locals", "-ex", "print name", "-ex", "print p",
                                  "-ex", "print values", "-ex", "print *ptr", "-ex", "print total", built.elfPath};
  auto run = runProcess(gdb, ProcessOptions{true, true, "", 60});
  qemu.stop();
  if (!run.ok()) {
    std::fprintf(stderr, "%s (install gdb-multiarch)\n", run.error().c_str());
    return 1;
  }
  const std::string &out = run.value().output;
  struct Check { const char *what, *pattern; };
  const Check checks[] = {
      {"stops at the line", "Breakpoint 1, .*describe.*\\n?.*12"},
      {"string parameter", "name = (0x[0-9a-f]+ )?\"origin\""},
      {"struct parameter", "p = \\{X = 3, Y = 4\\}"},
      // Not yet: slice parameters still read "<optimized out>" (front end DWARF for slices).
      {"pointer parameter", "ptr = 0x[0-9a-f]+"},
      {"pointee", "= \\{X = 3, Y = 4\\}\\n\\$[0-9]+ = 13"},
      {"local variable", "total = 13"},
  };
  int failures = 0;
  for (const auto &c : checks)
    if (!std::regex_search(out, std::regex(c.pattern))) {
      std::fprintf(stderr, "missing: %s (/%s/)\n", c.what, c.pattern);
      ++failures;
    }
  if (failures) {
    std::fprintf(stderr, "--- gdb output ---\n%s\n--- gdb errors ---\n%s\n", out.c_str(), run.value().errors.c_str());
    return 1;
  }
  std::printf("ok: gdb-multiarch reads parameters and locals of %s on %s\n", base.c_str(), board.c_str());
  return 0;
}
