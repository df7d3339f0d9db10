// The pass list a board has reached: tests in it must keep passing (the ctest checks for
// regressions), while the 70% bar is reported beside it until the compiler reaches it.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace marmot::gosuite {

struct BaselineCheck {
  std::vector<std::string> regressions;  // in the baseline, did not pass now
  std::vector<std::string> newPasses;    // passed now, not in the baseline yet
};

// One test name per line; blank lines and '#' comments ignored. False with *error when unreadable.
bool readBaseline(const std::string &path, std::set<std::string> *names, std::string *error);
bool writeBaseline(const std::string &path, const std::string &board, const std::vector<std::string> &passed, std::string *error);
BaselineCheck checkBaseline(const std::set<std::string> &baseline, const std::vector<std::string> &passed);

}  // namespace marmot::gosuite
