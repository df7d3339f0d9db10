// Flag parsing without globals: the result is a plain struct.
#include "suite_options.h"

#include <regex>

namespace marmot::gosuite {
namespace {

bool parseUnsigned(const std::string &text, unsigned &out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6) return false;
  out = static_cast<unsigned>(std::stoul(text));
  return true;
}

}  // namespace

const char *suiteUsage() {
  return "usage: marmot-gosuite -target=BOARD [-j N] [-run REGEXP] [-v] [-list] [-timeout SECONDS] [-opt LEVEL]\n"
         "                      [-baseline FILE] [-write-baseline FILE] [TESTDIR]\n"
         "  runs the `// run` tests of Go's test/ and test/ken/ folders (default /usr/lib/go-1.19/test) on an\n"
         "  emulated board and compares their output with the .out files; -list only shows which would run.\n"
         "  Exit status: 0 when the bar is met (with -baseline: when no test of the baseline regressed).\n";
}

std::string parseSuiteOptions(const std::vector<std::string> &args, SuiteOptions &options) {
  bool rootGiven = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {
      if (rootGiven) return "more than one test folder given: " + arg;
      options.testRoot = arg;
      rootGiven = true;
      continue;
    }
    std::string flag = arg.substr(arg.rfind("--", 0) == 0 ? 2 : 1), value;
    bool hasValue = false;
    if (auto eq = flag.find('='); eq != std::string::npos) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
      hasValue = true;
    }
    if (flag == "v" || flag == "list") {
      if (hasValue) return "-" + flag + " takes no value";
      (flag == "v" ? options.verbose : options.listOnly) = true;
      continue;
    }
    if (flag != "target" && flag != "j" && flag != "run" && flag != "timeout" && flag != "opt" && flag != "single" &&
        flag != "baseline" && flag != "write-baseline")
      return "unknown flag -" + flag;
    if (!hasValue) {
      if (i + 1 >= args.size()) return "-" + flag + " needs a value";
      value = args[++i];
    }
    if (flag == "target") options.target = value;
    else if (flag == "run") options.runPattern = value;
    else if (flag == "opt") options.optLevel = value;
    else if (flag == "single") options.singleProgram = value;
    else if (flag == "baseline") options.baseline = value;
    else if (flag == "write-baseline") options.writeBaseline = value;
    else if (flag == "j" && (!parseUnsigned(value, options.jobs) || options.jobs == 0))
      return "-j needs a positive number, not \"" + value + "\"";
    else if (flag == "timeout" && (!parseUnsigned(value, options.timeoutSeconds) || options.timeoutSeconds == 0))
      return "-timeout needs a positive number of seconds, not \"" + value + "\"";
  }
  if (options.target.empty()) return "-target is required (for example -target=cortex-m-qemu)";
  if (!options.runPattern.empty()) {
    try {
      std::regex check(options.runPattern);
    } catch (const std::regex_error &e) {
      return "-run: invalid regular expression \"" + options.runPattern + "\": " + e.what();
    }
  }
  return {};
}

}  // namespace marmot::gosuite
