// Child processes: a stop request ends a child that would otherwise run on, and the
// child is reaped (no orphan keeps running after its caller gave up).
#include <gtest/gtest.h>

#include <signal.h>

#include "process.h"

using namespace marmot::toolchain;

TEST(ProcessTest, StopRequestEndsAChildThatPrintsForever) {
  int outputs = 0;
  ProcessOptions options;
  options.onOutput = [&](int, const char *, size_t) { ++outputs; };
  options.stopRequested = [&] { return outputs > 0; };  // the reader went away after one line
  auto result = runProcess({"yes", "blink"}, options);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result.value().exitCode, -1);
  EXPECT_GT(outputs, 0);
}

TEST(ProcessTest, StopRequestEndsAQuietChild) {
  int asked = 0;
  ProcessOptions options;
  options.stopRequested = [&] { return ++asked > 2; };
  auto result = runProcess({"sleep", "600"}, options);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result.value().exitCode, -1);
  EXPECT_GT(asked, 2);
}

TEST(ProcessTest, WithoutStopRequestTheExitStatusComesBack) {
  ProcessOptions options;
  options.stopRequested = [] { return false; };
  auto result = runProcess({"sh", "-c", "exit 3"}, options);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result.value().exitCode, 3);
}
