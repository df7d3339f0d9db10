// BBC micro:bit v1 (nRF51822 Cortex-M0, QEMU microbit): console on the nRF51 UART, GPIO
// through the nRF51 GPIO registers; in firmware for the emulator, pin changes reported to
// the host over semihosting (the file marmot-pins.log in QEMU's working directory).
#include "common/internal.h"

#define UART 0x40002000u
#define GPIO 0x50000000u
#define REG(a) (*(volatile uint32_t *)(a))

#define UART_TX_PIN 24 // the interface chip's serial port (USB)
#define UART_RX_PIN 25

void runtime_boardInit(void) {
  // The LED matrix's columns (P0.4-P0.12) are outputs, column 1 low and the others high: a
  // row driven high lights its LED in column 1, so machine.LED (row 1) is the top-left LED.
  REG(GPIO + 0x518) = 0x1FF0u; // DIRSET
  REG(GPIO + 0x508) = 0x1FE0u; // OUTSET
}

// The UART starts with the first byte in or out, so a program that never uses the console
// (nor reports a panic) has no UART code.
static uint8_t uartStarted;

static void startUart(void) {
  if (RT_LIKELY(uartStarted))
    return;
  uartStarted = 1;
  REG(GPIO + 0x518) = 1u << UART_TX_PIN; // DIRSET: TX is an output, idle high
  REG(GPIO + 0x508) = 1u << UART_TX_PIN; // OUTSET
  REG(UART + 0x50C) = UART_TX_PIN;       // PSELTXD
  REG(UART + 0x514) = UART_RX_PIN;       // PSELRXD
  REG(UART + 0x524) = 0x01D7E000u;       // BAUDRATE: 115200
  REG(UART + 0x500) = 4;                 // ENABLE
  REG(UART + 0x008) = 1;                 // STARTTX
  REG(UART + 0x000) = 1;                 // STARTRX
}

void runtime_putchar(uint8_t c) {
  startUart();
  REG(UART + 0x11C) = 0; // TXDRDY
  REG(UART + 0x51C) = c; // TXD
  while (!REG(UART + 0x11C))
    ;
}

int32_t rt_boardGetchar(void) {
  startUart();
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
  if (rt_linkHostPins || pin >= 32)
    return 0; // QEMU's inputs float: keep the runtime's level (pull-up reads high)
  *level = (REG(GPIO + 0x510) >> pin) & 1; // IN
  return 1;
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

// ---- Time: TIMER0 (the nRF51 has no SysTick; QEMU's microbit emulates TIMER0 too) ----------
// TIMER0 counts microseconds (16 MHz / 2^4) in 32 bits; every reading adds the microseconds
// since the last one to a 64-bit nanosecond clock (in 32-bit steps: the M0 has no 64-bit
// multiply or divide). Compare channel 2 interrupts half a wrap after the last reading, so a reading
// comes at least every 36 minutes; channel 1 ends idle waits.
// The timer starts on the first use of time (RT_TIME_IRQ, arch/cortexm/timer.c).
#define TIMER0 0x40008000u
#define TIMER_CAPTURE0 (TIMER0 + 0x040)
#define TIMER_COMPARE1 (TIMER0 + 0x144) // EVENTS_COMPARE[1]
#define TIMER_COMPARE2 (TIMER0 + 0x148)
#define TIMER_CC0 (TIMER0 + 0x540)
#define TIMER_CC1 (TIMER0 + 0x544)
#define TIMER_CC2 (TIMER0 + 0x548)

RT_NOINIT static uint64_t nsNow;      // from startTime
RT_NOINIT static uint32_t lastCount;
static uint8_t timeStarted;

static uint32_t countNow(void) {
  REG(TIMER_CAPTURE0) = 1;
  return REG(TIMER_CC0);
}

// With interrupts off.
__attribute__((noinline)) static uint64_t readNs(void) {
  uint32_t count = countNow();
  uint32_t us = count - lastCount;
  lastCount = count;
  // us = hi * 2^22 + lo: both products fit in 32 bits (us < 2^32, 2^22 * 1000 < 2^32)
  nsNow += ((uint64_t)((us >> 22) * 4096000u) << 10) + (us & 0x3FFFFFu) * 1000u;
  REG(TIMER_CC2) = count + 0x80000000u;
  return nsNow;
}

// TIMER0 counts microseconds in 32 bits and interrupts on the given compare events
// (INTENSET bits); the NVIC lets the interrupt through (or, masked, wake WFI).
static inline void setUpTimer0(uint32_t compareInterrupts) {
  REG(TIMER0 + 0x508) = 3;                 // BITMODE: 32 bits
  REG(TIMER0 + 0x510) = 4;                 // PRESCALER: 1 MHz
  REG(TIMER0 + 0x304) = compareInterrupts; // INTENSET
  REG(0xE000E100) = 1u << RT_TIME_IRQ;     // NVIC ISER
}

__attribute__((noinline)) static void startTime(void) {
  timeStarted = 1;
  nsNow = 0;
  lastCount = 0;
  REG(TIMER_CC2) = 0x80000000u;
  setUpTimer0((1u << 17) | (1u << 18)); // COMPARE[1], COMPARE[2]
  REG(TIMER0 + 0x000) = 1;              // START
}

void rt_timeIrqHandler(void) {
  REG(TIMER_COMPARE1) = 0;
  REG(TIMER_COMPARE2) = 0;
  readNs(); // handlers do not nest at one priority
}

int64_t rt_archNanotime(void) {
  if (RT_UNLIKELY(!timeStarted))
    startTime();
  uint32_t state = rt_archDisableInterrupts();
  uint64_t ns = readNs();
  rt_archRestoreInterrupts(state);
  return (int64_t)ns;
}

// A program that never reads the clock (blinky) only sleeps: TIMER0 then runs only during a
// sleep, from zero, and its interrupt is never taken (the vector table can end before it):
// WFI with interrupts masked still wakes on the pending compare, which is cleared before
// they are unmasked. Microseconds from nanoseconds without division: n/1024 + n/65536 +
// n/131072 + n/2^20 + 1 is at least n/1000 and at most 0.04% more (plus 1 us), for steps
// of under 2^32 ns (4.3 s).
void rt_boardSleepUnclocked(int64_t ns) {
  uint32_t state = rt_archDisableInterrupts();
  setUpTimer0(1u << 17); // COMPARE[1], which wakes WFI
  do {
    uint32_t n = (uint64_t)ns >> 32 ? 0xFFFFFFFFu : (uint32_t)ns;
    ns -= n;
    REG(TIMER0 + 0x00C) = 1; // CLEAR
    REG(TIMER_CC1) = (n >> 10) + (n >> 16) + (n >> 17) + (n >> 20) + 1;
    REG(TIMER0 + 0x000) = 1; // START
    while (!REG(TIMER_COMPARE1))
      __asm__ volatile("wfi" ::: "memory");
    REG(TIMER0 + 0x004) = 1; // STOP
    // The interrupt is a level (event and INTEN): the event goes first, then what it left
    // pending, or the next WFI would not sleep.
    REG(TIMER_COMPARE1) = 0;
    REG(0xE000E280) = 1u << RT_TIME_IRQ; // NVIC ICPR
  } while (ns);
  REG(0xE000E180) = 1u << RT_TIME_IRQ; // NVIC ICER
  rt_archRestoreInterrupts(state);
}

// Sleeps until `when` or a little before (the caller waits again for the rest): the compare
// is set delta/1024 microseconds ahead, which needs no division. Interrupts stay off from
// the check to the WFI, which a pending interrupt still ends, so a compare that fires in
// between is not lost.
void rt_archWaitUntil(int64_t when) {
  int64_t delta = when - rt_archNanotime();
  if (delta <= 0)
    return;
  uint32_t us = delta >= (1ll << 39) ? (1u << 29) : (uint32_t)(delta >> 10);
  uint32_t state = rt_archDisableInterrupts();
  uint32_t target = countNow() + us + 1;
  REG(TIMER_COMPARE1) = 0;
  REG(TIMER_CC1) = target;
  if ((int32_t)(target - countNow()) > 0)
    __asm__ volatile("wfi" ::: "memory");
  rt_archRestoreInterrupts(state);
}
