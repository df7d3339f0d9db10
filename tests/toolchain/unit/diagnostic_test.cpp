// Parsing and printing of `file:line:col: message` diagnostics.
#include <gtest/gtest.h>

#include "diagnostic.h"

using marmot::toolchain::Diagnostic;

TEST(Diagnostic, ParsesFileLineColumn) {
  auto d = Diagnostic::parse("main.go:12:5: undefined: x");
  EXPECT_EQ(d.file, "main.go");
  EXPECT_EQ(d.line, 12);
  EXPECT_EQ(d.column, 5);
  EXPECT_EQ(d.message, "undefined: x");
  EXPECT_EQ(d.toString(), "main.go:12:5: undefined: x");
}

TEST(Diagnostic, ParsesWithoutColumn) {
  auto d = Diagnostic::parse("dir/a.go:3: bad");
  EXPECT_EQ(d.file, "dir/a.go");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 0);
  EXPECT_EQ(d.message, "bad");
}

TEST(Diagnostic, ColonInsideFileName) {
  auto d = Diagnostic::parse("C:x/a.go:3:4: m: n");
  EXPECT_EQ(d.file, "C:x/a.go");
  EXPECT_EQ(d.message, "m: n");
}

TEST(Diagnostic, LineWithoutPositionKeepsText) {
  auto d = Diagnostic::parse("internal compiler error: boom");
  EXPECT_TRUE(d.file.empty());
  EXPECT_EQ(d.message, "internal compiler error: boom");
}

TEST(Diagnostic, ParseAllSkipsBlankLines) {
  auto all = Diagnostic::parseAll("a.go:1:1: x\n\nb.go:2:2: y\r\n");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].file, "b.go");
  EXPECT_EQ(all[1].message, "y");
}
