// Routing of the board console into stdout and stderr.
#include <gtest/gtest.h>

#include "console_demux.h"

using marmot::toolchain::ConsoleDemux;

TEST(ConsoleDemux, SplitsFramesAcrossChunks) {
  std::string out, err;
  ConsoleDemux demux([&](ConsoleDemux::Stream s, const std::string &t) { (s == ConsoleDemux::Stderr ? err : out) += t; });
  std::string a = "hello\n\x0epanic: ";
  std::string b = "boom\n\x0fmore\n";
  demux.feed(a.data(), a.size());
  EXPECT_EQ(demux.current(), ConsoleDemux::Stderr);
  demux.feed(b.data(), b.size());
  EXPECT_EQ(out, "hello\nmore\n");
  EXPECT_EQ(err, "panic: boom\n");
}

#include "emulator_noise.h"

TEST(EmulatorNoiseFilter, DropsKnownChatterKeepsTheRest) {
  marmot::toolchain::EmulatorNoiseFilter f;
  std::string a = "Timer with period zero, disabling\nqemu: fatal: Lock";
  std::string b = "up\n";
  EXPECT_EQ(f.feed(a.data(), a.size()), "");
  EXPECT_EQ(f.feed(b.data(), b.size()), "qemu: fatal: Lockup\n");
  std::string c = "partial";
  EXPECT_EQ(f.feed(c.data(), c.size()), "");
  EXPECT_EQ(f.flush(), "partial");
}
