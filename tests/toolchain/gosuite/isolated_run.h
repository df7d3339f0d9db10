// Each test is built and run in a child process (marmot-gosuite -single=FILE ...), so a
// crash or an exit() inside the compiler libraries fails that one test instead of the suite,
// and a build that hangs is stopped.
#pragma once
#include <string>
#include <vector>

#include "output_compare.h"

namespace marmot::gosuite {

// Runs `argv`, which must print an encoded RunFacts record (run_facts_codec.h), and decodes
// it. When the child dies, prints no record or outlives `limitSeconds`, the facts carry a
// harnessError naming what happened and the last line it wrote to stderr.
RunFacts runChild(const std::vector<std::string> &argv, unsigned limitSeconds);

// The path of the running executable (/proc/self/exe), or `fallback`.
std::string currentExecutable(const std::string &fallback);

}  // namespace marmot::gosuite
