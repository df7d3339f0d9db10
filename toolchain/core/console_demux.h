// Splits an emulated board's console byte stream into the program's stdout and stderr:
// the runtime frames stderr text with 0x0E ... 0x0F (see runtime/c/abi.h).
#pragma once
#include <cstddef>
#include <functional>
#include <string>

namespace marmot::toolchain {

class ConsoleDemux {
 public:
  enum Stream { Stdout = 1, Stderr = 2 };
  using Sink = std::function<void(Stream, const std::string &)>;

  explicit ConsoleDemux(Sink sink) : m_sink(std::move(sink)) {}
  // Feeds raw console bytes; calls the sink with runs of text, control bytes removed.
  void feed(const char *data, size_t size);
  Stream current() const { return m_current; }

 private:
  Sink m_sink;
  Stream m_current = Stdout;
};

}  // namespace marmot::toolchain
