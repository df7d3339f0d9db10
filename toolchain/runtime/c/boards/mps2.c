// Arm MPS2 AN386 (Cortex-M4F, QEMU mps2-an386): console on CMSDK UART0, pin changes
// reported as text lines on UART1 (0x40005000); pins 0 and 1 are also the board's user LEDs
// in the FPGA I/O block, pins 2 and 3 its buttons (levels come from the host).
#include "common/internal.h"

const uint32_t rt_boardSysTickHz = 25000000;

#define UART0 0x40004000u
#define UART1 0x40005000u
#define UART_DATA 0x0
#define UART_STATE 0x4
#define UART_CTRL 0x8
#define FPGAIO_LED 0x40028000u
#define REG(a) (*(volatile uint32_t *)(a))

void runtime_boardInit(void) {
  REG(UART0 + UART_CTRL) = 3; // TX and RX enable
  REG(UART1 + UART_CTRL) = 3; // TX and RX enable
#if defined(__ARM_FP) && !defined(__SOFTFP__)
  // Grant full access to the FPU (CP10, CP11) before any floating-point instruction.
  REG(0xE000ED88) |= 0xFu << 20;
  __asm__ volatile("dsb\n isb" ::: "memory");
#endif
}

static void uartPut(uint32_t base, uint8_t c) {
  while (REG(base + UART_STATE) & 1) // TX buffer full
    ;
  REG(base + UART_DATA) = c;
}

void runtime_putchar(uint8_t c) { uartPut(UART0, c); }

int32_t rt_boardGetchar(void) {
  if (!(REG(UART0 + UART_STATE) & 2)) // RX buffer full = a byte is there
    return -1;
  return (int32_t)(REG(UART0 + UART_DATA) & 0xFF);
}

void rt_boardPinReport(const char *line, int32_t len) {
  for (int32_t i = 0; i < len; i++)
    uartPut(UART1, (uint8_t)line[i]);
}

// Input levels from the host arrive as the same lines on UART1's receive side.
int32_t rt_boardPinPoll(char *buf, int32_t max) {
  int32_t n = 0;
  while (n < max && (REG(UART1 + UART_STATE) & 2)) // RX buffer full
    buf[n++] = (char)REG(UART1 + UART_DATA);
  return n;
}

void rt_boardPinWrite(uint32_t pin, int32_t high) {
  if (pin < 2) {
    uint32_t v = REG(FPGAIO_LED);
    REG(FPGAIO_LED) = high ? (v | 1u << pin) : (v & ~(1u << pin));
  }
}

// QEMU never changes the FPGA button register, so inputs keep the runtime's level (or the
// one the host sent).
int32_t rt_boardPinRead(uint32_t pin, int32_t *level) {
  (void)pin, (void)level;
  return 0;
}

void rt_boardPinConfigure(uint32_t pin, uint32_t mode) { (void)pin, (void)mode; }
