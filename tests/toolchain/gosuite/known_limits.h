// Tests that need something a board does not have, named one by one because no simple rule
// finds them. Each entry says why; `ramBytes` > 0 means "skip only on boards with less RAM".
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace marmot::gosuite {

struct KnownLimit {
  std::string file;    // relative to the test folder, e.g. "maplinear.go"
  uint64_t ramBytes;   // 0: skipped on every board
  std::string reason;
};

const std::vector<KnownLimit> &knownLimits();

}  // namespace marmot::gosuite
