// TI Stellaris LM3S6965 (QEMU lm3s6965evb): console on UART0, pin changes reported as text
// lines on UART1 (the host gives it its own -serial endpoint).
#include "common/internal.h"

const uint32_t rt_boardSysTickHz = 12000000;

#define UART0 0x4000C000u
#define UART1 0x4000D000u
#define UART_DR 0x000
#define UART_FR 0x018
#define REG(a) (*(volatile uint32_t *)(a))

void runtime_boardInit(void) {}

static void uartPut(uint32_t base, uint8_t c) {
  while (REG(base + UART_FR) & (1u << 5)) // TX FIFO full
    ;
  REG(base + UART_DR) = c;
}

void runtime_putchar(uint8_t c) { uartPut(UART0, c); }

int32_t rt_boardGetchar(void) {
  if (REG(UART0 + UART_FR) & (1u << 4)) // RX FIFO empty
    return -1;
  return (int32_t)(REG(UART0 + UART_DR) & 0xFF);
}

void rt_boardPinReport(const char *line, int32_t len) {
  for (int32_t i = 0; i < len; i++)
    uartPut(UART1, (uint8_t)line[i]);
}

// Input levels from the host arrive as the same lines on UART1's receive side.
int32_t rt_boardPinPoll(char *buf, int32_t max) {
  int32_t n = 0;
  while (n < max && !(REG(UART1 + UART_FR) & (1u << 4))) // RX FIFO not empty
    buf[n++] = (char)REG(UART1 + UART_DR);
  return n;
}

// Pins are numbered port*8+bit (PA0 = 0 ... PG7 = 55); QEMU keeps no visible pin state, so
// the levels live in the runtime and are reported to the host.
void rt_boardPinWrite(uint32_t pin, int32_t high) { (void)pin, (void)high; }
int32_t rt_boardPinRead(uint32_t pin, int32_t *level) { (void)pin, (void)level; return 0; }
void rt_boardPinConfigure(uint32_t pin, uint32_t mode) { (void)pin, (void)mode; }
