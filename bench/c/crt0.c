// Start-up code shared by the C reference programs: vector table, .data copy, .bss clear,
// then main(); ends QEMU through ARM semihosting with main's return value.
#include <stdint.h>

extern uint32_t _data_load[], _data_start[], _data_end[], _bss_start[], _bss_end[], _stack_top[];
int main(void);

static void semihosting_exit(int code) {
  // SYS_EXIT_EXTENDED (0x20): reason ADP_Stopped_ApplicationExit (0x20026) and the status.
  uint32_t block[2] = {0x20026, (uint32_t)code};
  register uint32_t r0 __asm__("r0") = 0x20;
  register uint32_t *r1 __asm__("r1") = block;
  __asm__ volatile("bkpt 0xab" : : "r"(r0), "r"(r1) : "memory");
  for (;;) {}
}

void reset_handler(void) {
  uint32_t *src = _data_load, *dst = _data_start;
  while (dst < _data_end) *dst++ = *src++;
  for (dst = _bss_start; dst < _bss_end;) *dst++ = 0;
  semihosting_exit(main());
}

static void default_handler(void) { for (;;) {} }

__attribute__((section(".vectors"), used)) void *const vectors[16] = {
    _stack_top, (void *)reset_handler, (void *)default_handler, (void *)default_handler,
};
