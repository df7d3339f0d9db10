// Child processes with posix_spawn: argument vectors only, output captured through pipes,
// optional time limit.
#include "process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char **environ;

namespace marmot::toolchain {

std::string findProgram(const std::string &name) {
  if (name.find('/') != std::string::npos) return name;
  const char *path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string candidate = dirs.substr(start, end - start) + "/" + name;
    if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

Result<ProcessResult> runProcess(const std::vector<std::string> &argv, const ProcessOptions &options) {
  if (argv.empty()) return Result<ProcessResult>::failure("no program to run");
  std::string program = findProgram(argv[0]);
  if (program.empty() || access(program.c_str(), X_OK) != 0)
    return Result<ProcessResult>::failure("program not found: " + argv[0]);

  int outPipe[2] = {-1, -1}, errPipe[2] = {-1, -1};
  if ((options.captureStdout && pipe2(outPipe, O_CLOEXEC) != 0) ||
      (options.captureStderr && pipe2(errPipe, O_CLOEXEC) != 0))
    return Result<ProcessResult>::failure(std::string("cannot create a pipe: ") + std::strerror(errno));

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  if (options.captureStdout) posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
  if (options.captureStderr) posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
  if (!options.workingDirectory.empty())
    posix_spawn_file_actions_addchdir_np(&actions, options.workingDirectory.c_str());

  std::vector<char *> args;
  for (const auto &a : argv) args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (options.captureStdout) close(outPipe[1]);
  if (options.captureStderr) close(errPipe[1]);
  if (rc != 0) {
    if (options.captureStdout) close(outPipe[0]);
    if (options.captureStderr) close(errPipe[0]);
    return Result<ProcessResult>::failure("cannot start " + argv[0] + ": " + std::strerror(rc));
  }

  ProcessResult result;
  std::vector<pollfd> fds;
  std::vector<std::string *> sinks;
  std::vector<int> streams;
  if (options.captureStdout) { fds.push_back({outPipe[0], POLLIN, 0}); sinks.push_back(&result.output); streams.push_back(1); }
  if (options.captureStderr) { fds.push_back({errPipe[0], POLLIN, 0}); sinks.push_back(&result.errors); streams.push_back(2); }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.timeoutSeconds);
  bool timedOut = false, stopped = false;
  size_t open = fds.size();
  char buf[65536];
  while (open > 0) {
    if (options.stopRequested && options.stopRequested()) { stopped = true; break; }
    int waitMs = options.stopRequested ? 200 : -1;
    if (options.timeoutSeconds) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
      if (left <= 0) { timedOut = true; break; }
      if (waitMs < 0 || left < waitMs) waitMs = static_cast<int>(left);
    }
    int n = poll(fds.data(), fds.size(), waitMs);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    if (n == 0) continue;  // the top of the loop looks at the deadline and stop requests
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got > 0) {
        if (options.onOutput) options.onOutput(streams[i], buf, static_cast<size_t>(got));
        else sinks[i]->append(buf, static_cast<size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
  for (auto &p : fds)
    if (p.fd >= 0) close(p.fd);

  if (!options.captureStdout && !options.captureStderr && (options.timeoutSeconds || options.stopRequested)) {
    // Nothing to poll: wait with a deadline.
    while (true) {
      int status = 0;
      pid_t w = waitpid(pid, &status, WNOHANG);
      if (w == pid) {
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return Result<ProcessResult>::success(std::move(result));
      }
      if (options.timeoutSeconds && std::chrono::steady_clock::now() >= deadline) { timedOut = true; break; }
      if (options.stopRequested && options.stopRequested()) { stopped = true; break; }
      usleep(10000);
    }
  }
  if (timedOut || stopped) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  result.exitCode = (!timedOut && !stopped && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
  if (timedOut) result.errors += "\n(stopped after " + std::to_string(options.timeoutSeconds) + " s)";
  return Result<ProcessResult>::success(std::move(result));
}

}  // namespace marmot::toolchain

namespace marmot::toolchain {

Result<bool> BackgroundProcess::start(const std::vector<std::string> &argv) {
  stop();
  if (argv.empty()) return Result<bool>::failure("no program to run");
  std::string program = findProgram(argv[0]);
  if (program.empty()) return Result<bool>::failure("program not found: " + argv[0]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char *> args;
  for (const auto &a : argv) args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return Result<bool>::failure("cannot start " + argv[0] + ": " + std::strerror(rc));
  m_pid = pid;
  return Result<bool>::success(true);
}

bool BackgroundProcess::running() {
  if (m_pid <= 0) return false;
  int status = 0;
  if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
    m_pid = -1;
    return false;
  }
  return true;
}

void BackgroundProcess::stop() {
  if (m_pid <= 0) return;
  kill(m_pid, SIGKILL);
  int status = 0;
  while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {}
  m_pid = -1;
}

}  // namespace marmot::toolchain
