// Flag parsing for the marmot command.
#include "command_line.h"

namespace marmot::cli {

CommandLine parseCommandLine(const std::vector<std::string> &args, const std::set<std::string> &valueFlags,
                             const std::set<std::string> &boolFlags) {
  CommandLine cl;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string &arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {
      if (cl.command.empty()) cl.command = arg;
      else cl.positionals.push_back(arg);
      continue;
    }
    std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
    std::string value;
    bool hasValue = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasValue = true;
    }
    if (valueFlags.count(name)) {
      if (!hasValue) {
        if (i + 1 >= args.size()) {
          cl.error = "flag -" + name + " needs a value";
          return cl;
        }
        value = args[++i];
      }
      cl.flags[name] = value;
    } else if (boolFlags.count(name)) {
      cl.flags[name] = hasValue ? value : "true";
    } else {
      cl.error = "unknown flag -" + name;
      return cl;
    }
  }
  return cl;
}

}  // namespace marmot::cli
