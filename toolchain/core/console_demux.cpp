// Console stream routing by shift-out / shift-in bytes.
#include "console_demux.h"

namespace marmot::toolchain {

void ConsoleDemux::feed(const char *data, size_t size) {
  std::string run;
  for (size_t i = 0; i < size; ++i) {
    char c = data[i];
    if (c == '\x0E' || c == '\x0F') {
      if (!run.empty()) m_sink(m_current, run);
      run.clear();
      m_current = c == '\x0E' ? Stderr : Stdout;
    } else {
      run += c;
    }
  }
  if (!run.empty()) m_sink(m_current, run);
}

}  // namespace marmot::toolchain
