// Bodyless functions of runtime/interrupt: global interrupt disable / restore.
#include "internal.h"

uint32_t rt_interruptDisable(void *ctx) __asm__("runtime/interrupt.disable");
uint32_t rt_interruptDisable(void *ctx) {
  (void)ctx;
  return rt_archDisableInterrupts();
}

void rt_interruptRestore(uint32_t state, void *ctx) __asm__("runtime/interrupt.restore");
void rt_interruptRestore(uint32_t state, void *ctx) {
  (void)ctx;
  rt_archRestoreInterrupts(state);
}
