// Failure reasons name the first thing a developer has to look at: the first compile error,
// the first line of a panic, or the first differing output line.
#include "output_compare.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <vector>

namespace marmot::gosuite {
namespace {

std::string normalizeNewlines(const std::string &text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  return out;
}

std::vector<std::string> splitLines(const std::string &text) {
  std::vector<std::string> lines;
  std::string current;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

std::string quoted(const std::string &s, size_t limit = 120) {
  std::string out = "\"";
  for (char c : s.substr(0, limit)) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + (s.size() > limit ? "...\"" : "\"");
}

}  // namespace

std::string firstLine(const std::string &text, size_t limit) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    return line.size() > limit ? line.substr(0, limit) + "..." : line;
  }
  return {};
}

std::string failureLine(const std::string &stderrText) {
  std::istringstream in(stderrText);
  std::string line;
  while (std::getline(in, line)) {
    size_t at = line.find_first_not_of(" \t");
    if (at == std::string::npos) continue;
    if (line.compare(at, 6, "panic:") == 0 || line.compare(at, 12, "fatal error:") == 0) return firstLine(line.substr(at));
  }
  return firstLine(stderrText);
}

std::string firstDifference(const std::string &want, const std::string &got) {
  std::string w = normalizeNewlines(want), g = normalizeNewlines(got);
  if (w == g) return {};
  auto wl = splitLines(w), gl = splitLines(g);
  for (size_t i = 0; i < std::max(wl.size(), gl.size()); ++i) {
    bool hw = i < wl.size(), hg = i < gl.size();
    if (hw && hg && wl[i] == gl[i]) continue;
    return "line " + std::to_string(i + 1) + ": want " + (hw ? quoted(wl[i]) : "<end of output>") + " got " +
           (hg ? quoted(gl[i]) : "<end of output>");
  }
  return "outputs differ only in the final newline";
}

std::string judgeRun(const RunFacts &run, const std::string &expectedOutput) {
  if (!run.harnessError.empty()) return run.harnessError;
  if (!run.built) {
    std::string error = firstLine(run.buildErrors);
    return "does not compile: " + (error.empty() ? "(no diagnostic)" : error);
  }
  std::string difference = firstDifference(expectedOutput, run.stdoutText);
  std::string suffix = difference.empty() ? "" : "; output " + difference;
  if (run.timedOut || run.exitCode < 0) {
    std::string why = failureLine(run.stderrText);
    // No exit status: QEMU was stopped at the time limit, or could not be started (it says why).
    return "no exit status within " + std::to_string(run.timeoutSeconds) + " s" + (why.empty() ? "" : " (" + why + ")") +
           suffix;
  }
  if (run.exitCode != 0) {
    std::string why = failureLine(run.stderrText);
    return "exit status " + std::to_string(run.exitCode) + (why.empty() ? "" : ": " + why) + suffix;
  }
  if (!difference.empty()) return "output " + difference;
  return {};
}

}  // namespace marmot::gosuite
