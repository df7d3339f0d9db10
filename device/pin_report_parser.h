// Parses the runtime's pin reports ("PIN <n> <0|1>" lines, see docs/emulated-gpio.md)
// from a byte stream that may split lines anywhere.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace marmot::device {

struct PinEvent {
  uint32_t pin = 0;
  bool high = false;
};

class PinReportParser {
 public:
  // Returns the complete events in data (plus what was pending); malformed lines are skipped.
  std::vector<PinEvent> feed(const char *data, size_t size);

 private:
  std::string m_pending;
};

}  // namespace marmot::device
