// Cortex-M time source: SysTick interrupts every millisecond; runtime_nanotime combines the
// tick count with the current counter value. Idle waits are WFI (woken by the next tick).
#include "common/internal.h"

extern const uint32_t rt_boardSysTickHz; // SysTick clock (processor clock) of the board

#define SYST_CSR (*(volatile uint32_t *)0xE000E010)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018)
#define SCB_ICSR (*(volatile uint32_t *)0xE000ED04)

static volatile uint32_t tickLo, tickHi; // milliseconds since reset
static uint32_t reload;
static uint32_t nsPerCount16; // ns per counter step, 16.16 fixed point

void rt_systickHandler(void) {
  uint32_t lo = tickLo + 1;
  if (lo == 0)
    tickHi++;
  tickLo = lo;
}

void rt_archInit(void) {
  reload = rt_boardSysTickHz / 1000 - 1;
  nsPerCount16 = (uint32_t)((1000000000ull << 16) / rt_boardSysTickHz);
  SYST_CSR = 4; // processor clock first: QEMU warns about a zero period otherwise
  SYST_RVR = reload;
  SYST_CVR = 0;
  SYST_CSR = 7; // enable, interrupt, processor clock
}

int64_t rt_archNanotime(void) {
  uint32_t primask;
  __asm__ volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
  uint32_t val = SYST_CVR;
  uint64_t ticks = ((uint64_t)tickHi << 32) | tickLo;
  if (SCB_ICSR & (1u << 26)) { // wrapped, handler not run yet
    val = SYST_CVR;
    ticks++;
  }
  __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory");
  uint32_t elapsed = reload - val;
  return (int64_t)(ticks * 1000000u + (((uint64_t)elapsed * nsPerCount16) >> 16));
}

void rt_archWaitUntil(int64_t when) {
  (void)when; // the 1 ms tick wakes us
  __asm__ volatile("wfi" ::: "memory");
}

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

#if RT_STACK_GUARD
// Region RT_GUARD_REGION: 32 bytes, no access, never executable; everything else keeps the
// default memory map (PRIVDEFENA), so only the guard changes behaviour.
void rt_archGuardInit(uint32_t rbar) {
  *(volatile uint32_t *)0xE000ED98 = RT_GUARD_REGION;          // MPU_RNR
  RT_MPU_RBAR = rbar;
  *(volatile uint32_t *)0xE000EDA0 = (1u << 28) | (4u << 1) | 1; // MPU_RASR: XN, 2^5 bytes, on
  *(volatile uint32_t *)0xE000ED94 = 5;                          // MPU_CTRL: PRIVDEFENA | ENABLE
  __asm__ volatile("dsb\n isb" ::: "memory");
}
#endif
