// Program start shared by every board: called from the reset code of the architecture with
// a valid stack; prepares memory, the board, the heap, the tick source and the scheduler,
// then runs runtime.callMain on the main goroutine and exits with status 0.
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
  rt_heapInit();
  rt_archInit();
  rt_schedInit();
  runtime_callMain(NULL);
  runtime_exit(0);
}
