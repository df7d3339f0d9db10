// The "big object" rule: the largest single object a test declares or allocates with a size
// known from its source text, on a 32-bit board. The forms looked at are
//   var x [N]T        (also inside `var ( ... )` blocks)
//   new([N]T)         [N]T{...}         make([]T, N)  make([]T, len, N)
// where N is a constant expression of the file. Pointer-to-array types (`*[N]T`) and array
// types inside type declarations allocate nothing and are ignored. Element sizes: 1 for byte,
// int8, uint8, bool; 2, 4, 8 for the sized integers and floats; 4 for int, uint, uintptr,
// pointers, maps, channels, funcs and named types (a lower bound); 8 for string, interface and
// complex64; 12 for slices; 16 for complex128; nested arrays multiply.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace marmot::gosuite {

struct Allocation {
  uint64_t bytes = 0;
  int line = 0;
  std::string text;  // the source text of the type or call, for the skip reason
};

// `code`: the source with comments stripped and literals blanked.
std::optional<Allocation> largestConstantAllocation(const std::string &code);

}  // namespace marmot::gosuite
