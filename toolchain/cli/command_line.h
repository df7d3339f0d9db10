// Parses tinygo-style command lines: `-flag=value`, `-flag value`, `--flag`, then positionals.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace marmot::cli {

struct CommandLine {
  std::string command;
  std::map<std::string, std::string> flags;
  std::vector<std::string> positionals;
  std::string error;  // non-empty when the line is malformed

  bool has(const std::string &flag) const { return flags.count(flag) != 0; }
  std::string get(const std::string &flag, const std::string &fallback = {}) const {
    auto it = flags.find(flag);
    return it == flags.end() ? fallback : it->second;
  }
};

// valueFlags take a value; boolFlags do not. Anything else is an error naming the flag.
CommandLine parseCommandLine(const std::vector<std::string> &args, const std::set<std::string> &valueFlags,
                             const std::set<std::string> &boolFlags);

}  // namespace marmot::cli
