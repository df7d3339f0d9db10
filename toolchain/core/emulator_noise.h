// Drops QEMU's own harmless start-up chatter (e.g. lm3s6965evb's "Timer with period zero,
// disabling") from its stderr, so users see only messages that mean something.
#pragma once
#include <string>

namespace marmot::toolchain {

class EmulatorNoiseFilter {
 public:
  // Feeds raw stderr bytes; returns the complete lines worth showing (with their newlines).
  std::string feed(const char *data, size_t size);
  // What is left at the end (a last line without newline), filtered the same way.
  std::string flush();

 private:
  static bool isNoise(const std::string &line);
  std::string m_pending;
};

}  // namespace marmot::toolchain
