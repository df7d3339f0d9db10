// Why a selected test cannot run on a board, or nothing: build constraints, operating-system
// features (files, processes, network, signals, environment), runtime features the board
// does not provide, and RAM (known hogs plus the big-object rule of memory_estimate.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "test_header.h"

namespace marmot::gosuite {

struct Board {
  std::string name;
  std::string goos = "linux";
  std::string goarch = "arm";
  std::vector<std::string> tags;
  uint64_t ramBytes = 0;  // 0: unknown (no RAM rules)
};

// Empty when the test should run; otherwise one sentence saying why not.
std::string skipReason(const std::string &relativeName, const std::string &source, const TestHeader &header,
                       const Board &board);

}  // namespace marmot::gosuite
