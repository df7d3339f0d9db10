// tinygo-style flag parsing.
#include <gtest/gtest.h>

#include "command_line.h"

using marmot::cli::parseCommandLine;

TEST(CommandLine, FlagsInBothSpellings) {
  auto cl = parseCommandLine({"build", "-target=microbit", "-o", "x.hex", "--opt", "1", "main.go"}, {"target", "o", "opt"}, {});
  EXPECT_EQ(cl.command, "build");
  EXPECT_EQ(cl.get("target"), "microbit");
  EXPECT_EQ(cl.get("o"), "x.hex");
  EXPECT_EQ(cl.get("opt"), "1");
  EXPECT_EQ(cl.positionals, (std::vector<std::string>{"main.go"}));
  EXPECT_TRUE(cl.error.empty());
}

TEST(CommandLine, UnknownAndMissingValues) {
  EXPECT_EQ(parseCommandLine({"build", "-bogus"}, {"target"}, {}).error, "unknown flag -bogus");
  EXPECT_EQ(parseCommandLine({"build", "-target"}, {"target"}, {}).error, "flag -target needs a value");
}
