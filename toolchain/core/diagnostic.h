// A compiler message tied to a source position, as `file:line:col: message`.
#pragma once
#include <string>
#include <vector>

namespace marmot::toolchain {

struct Diagnostic {
  std::string file;  // empty when the message has no position
  int line = 0;
  int column = 0;
  std::string message;

  std::string toString() const;
  // Parses "file:line:col: message" (or "file:line: message"); anything else becomes a
  // position-less diagnostic holding the whole line.
  static Diagnostic parse(const std::string &line);
  static std::vector<Diagnostic> parseAll(const std::string &text);
};

}  // namespace marmot::toolchain
