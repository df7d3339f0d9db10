// Lists the two folders in name order so runs and reports are reproducible.
#include "test_selection.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace marmot::gosuite {
namespace fs = std::filesystem;
namespace {

bool readText(const fs::path &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

std::vector<std::string> goFiles(const fs::path &folder, std::error_code &error) {
  std::vector<std::string> names;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
    if (it->is_regular_file() && it->path().extension() == ".go") names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

Selection selectTests(const std::string &testRoot, const std::regex *filter) {
  Selection selection;
  for (const std::string sub : {"", "ken"}) {
    fs::path folder = sub.empty() ? fs::path(testRoot) : fs::path(testRoot) / sub;
    std::error_code error;
    auto names = goFiles(folder, error);
    if (error) {
      selection.error = "cannot list " + folder.string() + ": " + error.message();
      return selection;
    }
    for (const auto &file : names) {
      std::string name = sub.empty() ? file : sub + "/" + file;
      if (filter && !std::regex_search(name, *filter)) continue;
      SuiteTest test;
      test.name = name;
      test.path = (folder / file).string();
      if (!readText(test.path, test.source)) {
        selection.error = "cannot read " + test.path;
        return selection;
      }
      ++selection.filesSeen;
      test.header = parseTestHeader(test.source);
      if (!test.header.isPlainRun()) {
        ++selection.notSelected[test.header.kind()];
        continue;
      }
      fs::path out = folder / (file.substr(0, file.size() - 3) + ".out");
      test.hasExpectedOutput = readText(out, test.expectedOutput);
      selection.selected.push_back(std::move(test));
    }
  }
  return selection;
}

}  // namespace marmot::gosuite
