// The text form in which a child process hands one test's RunFacts back to the runner:
// a marker line, then `name length` lines each followed by exactly `length` bytes and "\n".
#pragma once
#include <string>

#include "output_compare.h"

namespace marmot::gosuite {

std::string encodeRunFacts(const RunFacts &facts);

// Finds the marker anywhere in `text` (stray output before it is ignored); false when the
// record is missing or cut short.
bool decodeRunFacts(const std::string &text, RunFacts &facts);

}  // namespace marmot::gosuite
