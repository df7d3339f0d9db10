// Which files of Go's test/ folder the runner takes: test/*.go and test/ken/*.go whose action
// line is exactly `// run`. The others are counted by action kind for the report.
#pragma once
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "test_header.h"

namespace marmot::gosuite {

struct SuiteTest {
  std::string name;        // relative to the test folder: "append.go", "ken/chan.go"
  std::string path;        // full path of the .go file
  std::string source;
  TestHeader header;
  bool hasExpectedOutput = false;
  std::string expectedOutput;  // the .out file next to it, or "" (the test must print nothing)
};

struct Selection {
  std::vector<SuiteTest> selected;
  std::map<std::string, int> notSelected;  // action kind -> files
  int filesSeen = 0;
  std::string error;  // the folder could not be read
};

// `filter`, when given, must match (regex_search) the relative name for a file to count at all.
Selection selectTests(const std::string &testRoot, const std::regex *filter);

}  // namespace marmot::gosuite
