// Cortex-M time source: SysTick interrupts every millisecond and adds a millisecond to a
// 64-bit nanosecond count; runtime_nanotime adds the current counter value. SysTick starts
// on the first use of time, so a program that never asks for it pays nothing at start-up.
// Idle waits are WFI (woken by the next tick). A board without SysTick (the nRF51) names
// the interrupt of its own time source in RT_TIME_IRQ and brings the time functions.
// Also here: interrupt state for the scheduler.
#include "common/internal.h"

#ifndef RT_TIME_IRQ

extern const uint32_t rt_boardSysTickHz; // SysTick clock (processor clock) of the board

#define SYST_CSR (*(volatile uint32_t *)0xE000E010)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018)
#define SCB_ICSR (*(volatile uint32_t *)0xE000ED04)

// Both are constants once the board is linked in. Counts per tick times ns per count (in
// 24.8 fixed point) is at most 256e6 for any clock, so the product fits in 32 bits.
#define RELOAD (rt_boardSysTickHz / 1000 - 1)
#define NS_PER_COUNT_8 ((uint32_t)((1000000000ull << 8) / rt_boardSysTickHz))

RT_NOINIT static volatile uint64_t tickNs; // nanoseconds at the last tick (from startSysTick)
RT_NOINIT static uint64_t lastNs;          // the latest reading (from startSysTick)
static uint8_t started;

void rt_systickHandler(void) { tickNs += 1000000; }

__attribute__((noinline)) static void startSysTick(void) {
  started = 1;
  tickNs = 0;
  lastNs = 0;
  SYST_CSR = 4; // processor clock first: QEMU warns about a zero period otherwise
  SYST_RVR = RELOAD;
  SYST_CVR = 0;
  SYST_CSR = 7; // enable, interrupt, processor clock
}

int64_t rt_archNanotime(void) {
  if (RT_UNLIKELY(!started))
    startSysTick();
  uint32_t primask;
  __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
  uint32_t val = SYST_CVR;
  uint64_t ns = tickNs;
  if (SCB_ICSR & (1u << 26)) { // wrapped, handler not run yet
    val = SYST_CVR;
    ns += 1000000;
  }
  ns += ((RELOAD - val) * NS_PER_COUNT_8) >> 8;
  // Never before the last reading: under host load QEMU can show the counter reloaded
  // before it marks the wrap pending, which reads as a millisecond back in time.
  if (ns < lastNs)
    ns = lastNs;
  lastNs = ns;
  __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory");
  return (int64_t)ns;
}

void rt_archWaitUntil(int64_t when) {
  (void)when; // the 1 ms tick wakes us
  __asm__ volatile("wfi" ::: "memory");
}

#endif

int32_t rt_archInInterrupt(void) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  return (ipsr & 0x1ff) != 0;
}

uint32_t rt_archDisableInterrupts(void) {
  uint32_t primask;
  __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
  return primask;
}

void rt_archRestoreInterrupts(uint32_t state) {
  __asm__ volatile("msr primask, %0" ::"r"(state) : "memory");
}
