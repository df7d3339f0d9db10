// Program start shared by every board: called from the reset code of the architecture with
// a valid stack; prepares memory, the board and the main goroutine, then runs
// runtime.callMain on it and exits with status 0. The heap and the tick source start on
// their first use, so start-up does only what every program needs.
#include "internal.h"

void rt_start(void) __attribute__((noreturn, used));

void rt_start(void) {
  if ((uintptr_t)_sidata != (uintptr_t)_sdata) {
    for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;)
      *dst++ = *src++;
  }
  for (uint32_t *p = _sbss; p < _ebss; p++)
    *p = 0;
  runtime_boardInit();
  rt_schedInit();
  runtime_callMain(NULL);
  runtime_exit(0);
}
