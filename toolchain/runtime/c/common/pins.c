// GPIO for the machine package: keeps the level of every pin, drives the board's hardware
// through its hooks and, in firmware for the emulator (rt_linkHostPins), reports each change
// of an output as a line "PIN <n> <0|1>" on the board's host channel
// (docs/emulated-gpio.md), which never mixes with the console, and takes input levels the
// virtual board sets from it.
#include "internal.h"

enum { PIN_OUTPUT, PIN_INPUT, PIN_INPUT_PULLUP, PIN_INPUT_PULLDOWN };
#define MAX_PINS 64

void rt_boardPinWrite(uint32_t pin, int32_t high);
int32_t rt_boardPinRead(uint32_t pin, int32_t *level); // 1 when the board read a level
void rt_boardPinConfigure(uint32_t pin, uint32_t mode);
void rt_boardPinReport(const char *line, int32_t len);
int32_t rt_boardPinPoll(char *buf, int32_t max); // bytes the host sent on the pin channel

static uint32_t level[MAX_PINS / 32];
static uint32_t reported[MAX_PINS / 32];
static uint32_t isInput[MAX_PINS / 32];
static uint32_t hostLevel[MAX_PINS / 32]; // input levels the host set ("PIN n v" lines)
static uint32_t hostKnown[MAX_PINS / 32];

// Reads what the host sent and applies every complete "PIN <n> <0|1>" line.
static void pollHost(void) {
  static char line[16];
  static int32_t used;
  char buf[32];
  int32_t n;
  while ((n = rt_boardPinPoll(buf, sizeof(buf))) > 0) {
    for (int32_t i = 0; i < n; i++) {
      char c = buf[i];
      if (c != '\n') {
        if (used < (int32_t)sizeof(line))
          line[used++] = c;
        continue;
      }
      // "PIN <n> <v>"
      uint32_t pin = 0;
      int32_t k = 4, digits = 0;
      if (used >= 7 && line[0] == 'P' && line[1] == 'I' && line[2] == 'N' && line[3] == ' ') {
        while (k < used && line[k] >= '0' && line[k] <= '9')
          pin = pin * 10 + (uint32_t)(line[k++] - '0'), digits++;
        if (digits && pin < MAX_PINS && k + 1 < used && line[k] == ' ' &&
            (line[k + 1] == '0' || line[k + 1] == '1')) {
          uint32_t bit = 1u << (pin & 31), w = pin >> 5;
          hostKnown[w] |= bit;
          if (line[k + 1] == '1')
            hostLevel[w] |= bit;
          else
            hostLevel[w] &= ~bit;
        }
      }
      used = 0;
    }
  }
}

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
  int32_t was = (level[w] & bit) != 0;
  if (high)
    level[w] |= bit;
  else
    level[w] &= ~bit;
  if (!rt_linkHostPins || ((reported[w] & bit) && was == high))
    return;
  reported[w] |= bit;
  report(pin, high);
}

int32_t runtime_pinGet(uint32_t pin) {
  if (pin >= MAX_PINS)
    return 0;
  uint32_t bit = 1u << (pin & 31), w = pin >> 5;
  int32_t v;
  if (isInput[w] & bit) {
    if (rt_linkHostPins) {
      pollHost();
      if (hostKnown[w] & bit)
        return (hostLevel[w] & bit) != 0;
    }
    if (rt_boardPinRead(pin, &v))
      return v;
  }
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

// Host channel over semihosting: the file marmot-pins.log in QEMU's working directory for
// reports, marmot-pins-in.log (written by the host, read as it grows) for input levels.
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

static int32_t inFile = -1;
static uint32_t openTries;

int32_t rt_semihostPinPoll(char *buf, int32_t max) {
  if (pinFile == -1)
    return 0; // no semihosting
  if (inFile < 0) {
    if ((openTries++ & 63) != 0) // the host may create the file later: retry now and then
      return 0;
    static const char name[] = "marmot-pins-in.log";
    uint32_t args[3] = {(uint32_t)(uintptr_t)name, 0 /* "r" */, sizeof(name) - 1};
    inFile = rt_semihost(0x01, args); // SYS_OPEN
    if (inFile < 0)
      return 0;
  }
  uint32_t args[3] = {(uint32_t)inFile, (uint32_t)(uintptr_t)buf, (uint32_t)max};
  int32_t notRead = rt_semihost(0x06, args); // SYS_READ: returns the bytes not read
  if (notRead < 0 || notRead > max)
    return 0;
  return max - notRead;
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
