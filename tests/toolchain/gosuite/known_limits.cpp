// The table is short on purpose: everything else either runs or fails honestly.
#include "known_limits.h"

namespace marmot::gosuite {

const std::vector<KnownLimit> &knownLimits() {
  static const std::vector<KnownLimit> table = {
      {"env.go", 0, "needs a process environment: expects $GOARCH to be set by the go command"},
      {"maplinear.go", 8u << 20,
       "needs more RAM than the board has: maps of 30,000 to 60,000+ entries (several MiB) to time their growth"},
      {"chanlinear.go", 8u << 20,
       "needs more RAM than the board has: 1,000 to 2,000+ goroutines blocked in select, each with its own stack"},
      {"gcstring.go", 4u << 20,
       "needs more RAM than the board has: 10,000 objects of 124 bytes live at once, each with a finalized pointer and "
       "boxed strings beside them (about 2 MiB)"},
      {"peano.go", 16u << 20,
       "needs more RAM than the board has: 9! = 362,880 list nodes live at once, counted by recursion as deep"},
      {"stack.go", 4u << 20,
       "needs more RAM than the board has: recursion 8,000 calls deep passing 80-byte arrays (about 1 MiB of stack)"},
  };
  return table;
}

}  // namespace marmot::gosuite
