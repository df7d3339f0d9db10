// Reads the action line and build constraints the way Go's test/run.go does: the action is
// the first comment line once constraint lines are set aside; constraints are every
// constraint line before `package`.
#include "test_header.h"

#include <sstream>

namespace marmot::gosuite {
namespace {

std::string trimRight(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  return s;
}

bool startsWith(const std::string &s, const std::string &prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

bool isBuildConstraintLine(const std::string &line) {
  return startsWith(line, "//go:build") || startsWith(line, "// +build");
}

std::string TestHeader::kind() const {
  if (!hasAction) return "none";
  std::string word = action.substr(0, action.find(' '));
  if (word == "run" && action != "run") return "run-with-arguments";
  return word.empty() ? "none" : word;
}

TestHeader parseTestHeader(const std::string &source) {
  TestHeader header;
  std::istringstream in(source);
  std::string line;
  bool actionSeen = false;
  while (std::getline(in, line)) {
    line = trimRight(line);
    if (startsWith(line, "package ")) break;
    if (isBuildConstraintLine(line)) {
      header.constraints.push_back(line);
      continue;
    }
    if (actionSeen || line.empty()) continue;
    actionSeen = true;  // the first non-blank, non-constraint line decides
    if (!startsWith(line, "//")) continue;
    header.hasAction = true;
    header.actionLine = line;
    header.action = line.substr(startsWith(line, "// ") ? 3 : 2);
  }
  return header;
}

}  // namespace marmot::gosuite
