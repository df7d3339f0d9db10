// Known QEMU 7.2 messages that say nothing about the user's program.
#include "emulator_noise.h"

namespace marmot::toolchain {

bool EmulatorNoiseFilter::isNoise(const std::string &line) {
  static const char *const known[] = {
      "Timer with period zero, disabling",  // Stellaris/nRF timer models before the firmware sets them up
  };
  for (const char *k : known)
    if (line.find(k) != std::string::npos) return true;
  return false;
}

std::string EmulatorNoiseFilter::feed(const char *data, size_t size) {
  m_pending.append(data, size);
  std::string out;
  size_t start = 0;
  for (size_t nl = m_pending.find('\n'); nl != std::string::npos; nl = m_pending.find('\n', start)) {
    std::string line = m_pending.substr(start, nl + 1 - start);
    if (!isNoise(line)) out += line;
    start = nl + 1;
  }
  m_pending.erase(0, start);
  return out;
}

std::string EmulatorNoiseFilter::flush() {
  std::string rest;
  rest.swap(m_pending);
  return isNoise(rest) ? std::string() : rest;
}

}  // namespace marmot::toolchain
