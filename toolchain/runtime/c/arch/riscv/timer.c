// RISC-V time source: the CLINT's 64-bit mtime counter; idle waits program mtimecmp and
// WFI with the machine timer interrupt enabled in mie but mstatus.MIE off, so no trap is
// taken: WFI simply returns once the timer (or an external interrupt) is pending.
#include "common/internal.h"

extern const uint32_t rt_boardMtimeHz;
#define MTIME_LO (*(volatile uint32_t *)0x0200BFF8)
#define MTIME_HI (*(volatile uint32_t *)0x0200BFFC)
#define MTIMECMP_LO (*(volatile uint32_t *)0x02004000)
#define MTIMECMP_HI (*(volatile uint32_t *)0x02004004)

// A constant once the board is linked in; mtimecmp is only armed while waiting.
#define nsPerTick (1000000000u / rt_boardMtimeHz)

static uint64_t mtime(void) {
  uint32_t hi, lo;
  do {
    hi = MTIME_HI;
    lo = MTIME_LO;
  } while (hi != MTIME_HI);
  return ((uint64_t)hi << 32) | lo;
}

int64_t rt_archNanotime(void) { return (int64_t)(mtime() * nsPerTick); }

void rt_archWaitUntil(int64_t when) {
  uint64_t ticks = (uint64_t)when / nsPerTick + 1;
  MTIMECMP_HI = 0xFFFFFFFF;
  MTIMECMP_LO = (uint32_t)ticks;
  MTIMECMP_HI = (uint32_t)(ticks >> 32);
  uint32_t mstatus;
  __asm__ volatile("csrrci %0, mstatus, 8\n" // MIE off: the wake-up is not taken as a trap
                   "csrs mie, %1\n"
                   "wfi\n"
                   "csrc mie, %1\n"
                   : "=&r"(mstatus)
                   : "r"(1u << 7)
                   : "memory");
  MTIMECMP_HI = 0xFFFFFFFF;
  if (mstatus & 8) // pending external interrupts are taken here
    __asm__ volatile("csrsi mstatus, 8" ::: "memory");
}

extern volatile int32_t rt_inInterrupt;
int32_t rt_archInInterrupt(void) { return rt_inInterrupt; }

uint32_t rt_archDisableInterrupts(void) {
  uint32_t m;
  __asm__ volatile("csrrci %0, mstatus, 8" : "=r"(m)::"memory");
  return m & 8;
}

void rt_archRestoreInterrupts(uint32_t state) {
  if (state)
    __asm__ volatile("csrsi mstatus, 8" ::: "memory");
}
