// Length-prefixed fields, so program output with any bytes (newlines, NULs, control bytes)
// survives the trip unchanged.
#include "run_facts_codec.h"

#include <cstdlib>
#include <map>

namespace marmot::gosuite {
namespace {

const char kMarker[] = "MARMOT-GOSUITE-FACTS 1\n";

void field(std::string &out, const std::string &name, const std::string &value) {
  out += name + " " + std::to_string(value.size()) + "\n" + value + "\n";
}

}  // namespace

std::string encodeRunFacts(const RunFacts &f) {
  std::string out = kMarker;
  field(out, "built", f.built ? "1" : "0");
  field(out, "exit", std::to_string(f.exitCode));
  field(out, "timedout", f.timedOut ? "1" : "0");
  field(out, "builderrors", f.buildErrors);
  field(out, "stdout", f.stdoutText);
  field(out, "stderr", f.stderrText);
  return out + "end 0\n\n";
}

bool decodeRunFacts(const std::string &text, RunFacts &f) {
  size_t pos = text.find(kMarker);
  if (pos == std::string::npos) return false;
  pos += sizeof kMarker - 1;
  std::map<std::string, std::string> fields;
  while (true) {
    size_t space = text.find(' ', pos), newline = text.find('\n', pos);
    if (space == std::string::npos || newline == std::string::npos || space > newline) return false;
    std::string name = text.substr(pos, space - pos);
    char *end = nullptr;
    unsigned long length = std::strtoul(text.c_str() + space + 1, &end, 10);
    if (end != text.c_str() + newline || newline + 1 + length + 1 > text.size()) return false;
    if (text[newline + 1 + length] != '\n') return false;
    if (name == "end") break;
    fields[name] = text.substr(newline + 1, length);
    pos = newline + 1 + length + 1;
  }
  for (const char *required : {"built", "exit", "timedout", "builderrors", "stdout", "stderr"})
    if (!fields.count(required)) return false;
  f.built = fields["built"] == "1";
  f.exitCode = std::atoi(fields["exit"].c_str());
  f.timedOut = fields["timedout"] == "1";
  f.buildErrors = fields["builderrors"];
  f.stdoutText = fields["stdout"];
  f.stderrText = fields["stderr"];
  return true;
}

}  // namespace marmot::gosuite
