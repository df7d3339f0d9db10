// QEMU RISC-V virt board (rv32imac): console on the NS16550 UART, exit through the SiFive
// test finisher, pin changes reported to the host over RISC-V semihosting (the file
// marmot-pins.log; without QEMU's -semihosting the reports are silently dropped).
#include "common/internal.h"

const uint32_t rt_boardMtimeHz = 10000000;

#define UART 0x10000000u
#define TEST_FINISHER 0x00100000u
#define REG8(a) (*(volatile uint8_t *)(a))
#define REG(a) (*(volatile uint32_t *)(a))

void runtime_boardInit(void) {}

void runtime_putchar(uint8_t c) {
  while (!(REG8(UART + 5) & 0x20)) // LSR: THR empty
    ;
  REG8(UART) = c;
}

int32_t rt_boardGetchar(void) {
  if (!(REG8(UART + 5) & 0x01)) // LSR: data ready
    return -1;
  return REG8(UART);
}

void runtime_exit(int32_t code) {
  REG(TEST_FINISHER) = code == 0 ? 0x5555 : (((uint32_t)code << 16) | 0x3333);
  for (;;)
    __asm__ volatile("wfi");
}

void rt_boardPinReport(const char *line, int32_t len) { rt_semihostPinReport(line, len); }
int32_t rt_boardPinPoll(char *buf, int32_t max) { return rt_semihostPinPoll(buf, max); }
void rt_boardPinWrite(uint32_t pin, int32_t high) { (void)pin, (void)high; }
int32_t rt_boardPinRead(uint32_t pin, int32_t *level) { (void)pin, (void)level; return 0; }
void rt_boardPinConfigure(uint32_t pin, uint32_t mode) { (void)pin, (void)mode; }
