// GPIO for the machine package: keeps the level of every pin, drives the board's hardware
// through its hooks, and reports each change of an output as a line "PIN <n> <0|1>" on the
// board's host channel (docs/emulated-gpio.md), which never mixes with the console.
#include "internal.h"

enum { PIN_OUTPUT, PIN_INPUT, PIN_INPUT_PULLUP, PIN_INPUT_PULLDOWN };
#define MAX_PINS 64

void rt_boardPinWrite(uint32_t pin, int32_t high);
int32_t rt_boardPinRead(uint32_t pin, int32_t *level); // 1 when the board read a level
void rt_boardPinConfigure(uint32_t pin, uint32_t mode);
void rt_boardPinReport(const char *line, int32_t len);

static uint32_t level[MAX_PINS / 32];
static uint32_t reported[MAX_PINS / 32];
static uint32_t isInput[MAX_PINS / 32];

static void report(uint32_t pin, int32_t high) {
  char buf[16];
  int n = 0;
  buf[n++] = 'P';
  buf[n++] = 'I';
  buf[n++] = 'N';
  buf[n++] = ' ';
  if (pin >= 10)
    buf[n++] = (char)('0' + pin / 10);
  buf[n++] = (char)('0' + pin % 10);
  buf[n++] = ' ';
  buf[n++] = high ? '1' : '0';
  buf[n++] = '\n';
  rt_boardPinReport(buf, n);
}

void runtime_pinSet(uint32_t pin, int32_t high) {
  high = high != 0;
  rt_boardPinWrite(pin, high);
  if (pin >= MAX_PINS)
    return;
  uint32_t bit = 1u << (pin & 31), w = pin >> 5;
  if ((reported[w] & bit) && !!(level[w] & bit) == high)
    return;
  reported[w] |= bit;
  if (high)
    level[w] |= bit;
  else
    level[w] &= ~bit;
  report(pin, high);
}

int32_t runtime_pinGet(uint32_t pin) {
  if (pin >= MAX_PINS)
    return 0;
  uint32_t bit = 1u << (pin & 31), w = pin >> 5;
  int32_t v;
  if ((isInput[w] & bit) && rt_boardPinRead(pin, &v))
    return v;
  return (level[w] & bit) != 0;
}

void runtime_pinConfigure(uint32_t pin, uint32_t mode) {
  rt_boardPinConfigure(pin, mode);
  if (pin >= MAX_PINS)
    return;
  uint32_t bit = 1u << (pin & 31), w = pin >> 5;
  if (mode == PIN_OUTPUT) {
    isInput[w] &= ~bit;
  } else {
    isInput[w] |= bit;
    if (mode == PIN_INPUT_PULLUP)
      level[w] |= bit; // an unconnected input with pull-up reads high
    else
      level[w] &= ~bit;
  }
}

// Host channel over semihosting: the file marmot-pins.log in QEMU's working directory.
static int32_t pinFile = -2; // -2 not opened yet, -1 unavailable

void rt_semihostPinReport(const char *line, int32_t len) {
  if (pinFile == -2) {
    static const char name[] = "marmot-pins.log";
    uint32_t args[3] = {(uint32_t)(uintptr_t)name, 4 /* "w" */, sizeof(name) - 1};
    pinFile = rt_semihost(0x01, args); // SYS_OPEN
    if (pinFile < 0)
      pinFile = -1;
  }
  if (pinFile < 0)
    return;
  uint32_t args[3] = {(uint32_t)pinFile, (uint32_t)(uintptr_t)line, (uint32_t)len};
  rt_semihost(0x05, args); // SYS_WRITE
}

// Bodyless functions of the machine package.
void rt_machinePinSet(uint32_t pin, int32_t high, void *ctx) __asm__("machine.pinSet");
void rt_machinePinSet(uint32_t pin, int32_t high, void *ctx) {
  (void)ctx;
  runtime_pinSet(pin, high);
}

int32_t rt_machinePinGet(uint32_t pin, void *ctx) __asm__("machine.pinGet");
int32_t rt_machinePinGet(uint32_t pin, void *ctx) {
  (void)ctx;
  return runtime_pinGet(pin);
}

void rt_machinePinConfigure(uint32_t pin, uint32_t mode, void *ctx) __asm__("machine.pinConfigure");
void rt_machinePinConfigure(uint32_t pin, uint32_t mode, void *ctx) {
  (void)ctx;
  runtime_pinConfigure(pin, mode);
}
