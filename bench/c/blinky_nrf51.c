// C reference for blinky on the nRF51 (micro:bit v1): LED row 1 / column 1 (P0.13 high,
// P0.04 low), toggled every 500 ms, timed by RTC0 at 32768 Hz like a careful C program.
#include <stdint.h>

#define REG(addr) (*(volatile uint32_t *)(addr))
#define GPIO_OUTSET REG(0x50000508)
#define GPIO_OUTCLR REG(0x5000050C)
#define GPIO_DIRSET REG(0x50000518)
#define CLOCK_LFCLKSTART REG(0x40000008)
#define RTC0_START REG(0x4000B000)
#define RTC0_COUNTER REG(0x4000B504)

static void sleep_ms(uint32_t ms) {
  uint32_t start = RTC0_COUNTER;
  uint32_t ticks = ms * 32768 / 1000;
  while (((RTC0_COUNTER - start) & 0xFFFFFF) < ticks) {}
}

int main(void) {
  CLOCK_LFCLKSTART = 1;
  RTC0_START = 1;
  GPIO_DIRSET = (1u << 13) | (1u << 4);
  GPIO_OUTCLR = 1u << 4;
  for (;;) {
    GPIO_OUTSET = 1u << 13;
    sleep_ms(500);
    GPIO_OUTCLR = 1u << 13;
    sleep_ms(500);
  }
}
