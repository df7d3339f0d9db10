// BBC micro:bit v1 (nRF51822 Cortex-M0, QEMU microbit): console on the nRF51 UART, GPIO
// through the nRF51 GPIO registers, pin changes reported to the host over semihosting
// (the file marmot-pins.log in QEMU's working directory).
#include "common/internal.h"

const uint32_t rt_boardSysTickHz = 16000000;

#define UART 0x40002000u
#define GPIO 0x50000000u
#define REG(a) (*(volatile uint32_t *)(a))

void runtime_boardInit(void) {
  REG(UART + 0x500) = 4; // ENABLE
  REG(UART + 0x008) = 1; // STARTTX
  REG(UART + 0x000) = 1; // STARTRX
}

void runtime_putchar(uint8_t c) {
  REG(UART + 0x11C) = 0; // TXDRDY
  REG(UART + 0x51C) = c; // TXD
  while (!REG(UART + 0x11C))
    ;
}

int32_t rt_boardGetchar(void) {
  if (!REG(UART + 0x108)) // RXDRDY
    return -1;
  REG(UART + 0x108) = 0;
  return (int32_t)(REG(UART + 0x518) & 0xFF); // RXD
}

void rt_boardPinReport(const char *line, int32_t len) { rt_semihostPinReport(line, len); }
int32_t rt_boardPinPoll(char *buf, int32_t max) { return rt_semihostPinPoll(buf, max); }

void rt_boardPinWrite(uint32_t pin, int32_t high) {
  if (pin < 32)
    REG(GPIO + (high ? 0x508 : 0x50C)) = 1u << pin; // OUTSET / OUTCLR
}

int32_t rt_boardPinRead(uint32_t pin, int32_t *level) {
  (void)pin, (void)level;
  return 0; // QEMU's inputs float; keep the runtime's level (pull-up reads high)
}

void rt_boardPinConfigure(uint32_t pin, uint32_t mode) {
  if (pin >= 32)
    return;
  uint32_t cnf;
  switch (mode) {
  case 0: cnf = 1; break;                     // output, input buffer disconnected
  case 2: cnf = (3u << 2); break;             // input, pull-up
  case 3: cnf = (1u << 2); break;             // input, pull-down
  default: cnf = 0; break;                    // input
  }
  REG(GPIO + 0x700 + 4 * pin) = cnf;
}
