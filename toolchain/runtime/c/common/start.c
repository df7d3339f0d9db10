// Program start shared by every board: called from the reset code of the architecture
// (arch/*/startup.c) once the stack is set, .data copied and .bss cleared; prepares the
// board and the main goroutine, then runs runtime.callMain on it and exits with status 0.
// The heap and the tick source start on their first use, so start-up does only what every
// program needs.
#include "internal.h"

void rt_start(void) __attribute__((noreturn, used));

void rt_start(void) {
  runtime_boardInit();
  rt_schedInit();
  runtime_callMain(NULL);
  runtime_exit(0);
}
