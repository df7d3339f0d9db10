// Baseline files: reading, writing, comparing.
#include "baseline.h"

#include <algorithm>
#include <fstream>

namespace marmot::gosuite {

bool readBaseline(const std::string &path, std::set<std::string> *names, std::string *error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read the baseline " + path;
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t\r") + 1);
    if (!line.empty() && line[0] != '#') names->insert(line);
  }
  return true;
}

bool writeBaseline(const std::string &path, const std::string &board, const std::vector<std::string> &passed, std::string *error) {
  std::ofstream out(path, std::ios::trunc);
  if (!out) {
    *error = "cannot write the baseline " + path;
    return false;
  }
  std::vector<std::string> sorted = passed;
  std::sort(sorted.begin(), sorted.end());
  out << "# Go test-suite tests that pass on " << board << " (marmot-gosuite -write-baseline).\n"
      << "# The ctest fails when one of them stops passing.\n";
  for (const auto &name : sorted) out << name << "\n";
  return static_cast<bool>(out);
}

BaselineCheck checkBaseline(const std::set<std::string> &baseline, const std::vector<std::string> &passed) {
  BaselineCheck check;
  std::set<std::string> now(passed.begin(), passed.end());
  for (const auto &name : baseline)
    if (!now.count(name)) check.regressions.push_back(name);
  for (const auto &name : now)
    if (!baseline.count(name)) check.newPasses.push_back(name);
  return check;
}

}  // namespace marmot::gosuite
