// Line splitting and "PIN n v" parsing.
#include "pin_report_parser.h"

#include <cstdlib>

namespace marmot::device {

std::vector<PinEvent> PinReportParser::feed(const char *data, size_t size) {
  std::vector<PinEvent> events;
  m_pending.append(data, size);
  size_t start = 0;
  for (size_t nl = m_pending.find('\n'); nl != std::string::npos; nl = m_pending.find('\n', start)) {
    std::string line = m_pending.substr(start, nl - start);
    start = nl + 1;
    if (line.rfind("PIN ", 0) != 0) continue;
    char *end = nullptr;
    unsigned long pin = std::strtoul(line.c_str() + 4, &end, 10);
    if (end == line.c_str() + 4 || *end != ' ') continue;
    std::string level = end + 1;
    if (!level.empty() && level.back() == '\r') level.pop_back();
    if (level != "0" && level != "1") continue;
    events.push_back(PinEvent{static_cast<uint32_t>(pin), level == "1"});
  }
  m_pending.erase(0, start);
  if (m_pending.size() > 4096) m_pending.clear();  // garbage without newlines
  return events;
}

}  // namespace marmot::device
