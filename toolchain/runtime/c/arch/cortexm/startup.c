// Cortex-M start-up: the vector table (initial SP from the linker script, Reset_Handler, which
// on ARMv7-M turns on the MPU guard below the main stack), fault handlers that report and
// exit, the IRQ dispatcher behind runtime/interrupt, and the exit path through ARM
// semihosting. Goroutines run on the process stack (PSP); exception handlers run on their own
// main stack (MSP), so a goroutine that overflows its stack still gets a handler that can
// report it.
#include "common/internal.h"

void rt_start(void) __attribute__((noreturn));
void Reset_Handler(void);
void rt_systickHandler(void);
void rt_timeIrqHandler(void);
void rt_irqDispatch(void);
static void faultHandler(void);

// External interrupts of the board (the runtime variant's -DRT_NUM_IRQS); 48 covers the
// emulated Stellaris and MPS2 boards.
#ifndef RT_NUM_IRQS
#define RT_NUM_IRQS 48
#endif

extern uint32_t _isr_stack_bottom[], _isr_stack_top[];

#if RT_RESET_STARTS_MAIN
// ARMv7-M: everything the reset code needs, in the order of its ldm instructions, so that
// start-up from reset to runtime.callMain costs 26 instructions (bench: start-up).
static const struct {
  // ldm {r1-r12}
  uint32_t mpu[4];              // MPU_CTRL (PRIVDEFENA | ENABLE), RNR, RBAR, RASR: the guard
  volatile uint32_t *mpuCtrl;   // 0xE000ED94, where one stm writes the four
  uint32_t *psp;                // the main goroutine's stack top
  uint32_t control;             // SPSEL: thread mode on PSP
  uint32_t *sidata;
  uint32_t *sdata, *edata, *sbss, *ebss;
  // ldm {r1-r7, lr}: zeros for .bss, 32 bytes per stm
  uint32_t zeros[8];
  // ldm {r1-r10}: the first state of the scheduler and of the main goroutine
  rt_sched_state *sched;
  rt_task *current;             // rt_sched.current
  rt_task **runTailp;           // rt_sched.runTailp: the queue is empty
  uint32_t *mainFrom;           // &rt_mainTask.id: the next four go there in one stm
  uint32_t id;
  uint32_t *stackBottom;        // first usable word: the canary, right above the guard
  uint32_t *stackTop;
  uint32_t guard;               // the RBAR value of the guard, for every switch back to main
  uint32_t canary;
  int32_t runNextBudget;        // rt_sched.runNextBudget: stored with runTailp by one strd
} resetBlock = {
  .mpu = {5, RT_GUARD_REGION, (uint32_t)(uintptr_t)_stack_bottom + 0x10 + RT_GUARD_REGION, RT_GUARD_RASR},
  .mpuCtrl = (volatile uint32_t *)0xE000ED94,
  .psp = _stack_top,
  .control = 2,
  .sidata = _sidata,
  .sdata = _sdata,
  .edata = _edata,
  .sbss = _sbss,
  .ebss = _ebss,
  .zeros = {0},
  .sched = &rt_sched,
  .current = &rt_mainTask,
  .runTailp = &rt_sched.runHead,
  .mainFrom = &rt_mainTask.id,
  .id = 1,
  .stackBottom = _stack_bottom + RT_STACK_GUARD / 4, // the linker aligns the stack to 32
  .stackTop = _stack_top,
  .guard = (uint32_t)(uintptr_t)_stack_bottom + 0x10 + RT_GUARD_REGION,
  .canary = RT_STACK_CANARY,
  .runNextBudget = RT_RUNNEXT_BUDGET,
};
_Static_assert(offsetof(rt_sched_state, runNextBudget) == offsetof(rt_sched_state, runTailp) + 4,
               "one strd writes runTailp and runNextBudget");
_Static_assert(offsetof(rt_task, stackBottom) == offsetof(rt_task, id) + 4 &&
                   offsetof(rt_task, stackTop) == offsetof(rt_task, id) + 8 &&
                   offsetof(rt_task, guard) == offsetof(rt_task, id) + 12,
               "one stm writes id, stackBottom, stackTop and guard");

// Starts on MSP (the handler stack, from the vector table): turns on the MPU guard below the
// main goroutine's stack, moves thread mode to PSP on that stack, copies .data 16 bytes per
// step and clears .bss 32 bytes per step (the linker scripts align them so; .bss is never
// empty: it holds rt_mainTask), gives the scheduler and the main goroutine their first
// values, then runs rt_start. lr is free: nothing returns from here.
__attribute__((naked, used)) void Reset_Handler(void) {
  __asm__ volatile("ldr r0, =%c[block]\n"
                   "ldmia r0!, {r1-r12}\n"
                   "stmia r5, {r1-r4}\n"
                   "msr psp, r6\n"
                   "msr control, r7\n"
                   "isb\n"
                   "1: cmp r9, r10\n"
                   "bhs 2f\n"
                   "ldmia r8!, {r1-r4}\n"
                   "stmia r9!, {r1-r4}\n"
                   "b 1b\n"
                   "2: ldmia r0!, {r1-r7, lr}\n"
                   "3: stmia r11!, {r1-r7, lr}\n"
                   "cmp r11, r12\n"
                   "blo 3b\n"
                   "ldmia r0, {r1-r10}\n"
                   "str r2, [r1, %[cur]]\n"
                   "strd r3, r10, [r1, %[tail]]\n"
                   "stmia r4, {r5-r8}\n"
                   "str r9, [r6]\n"
                   "bl rt_start\n"
                   ".ltorg\n" ::[block] "i"(&resetBlock),
                   [cur] "i"(offsetof(rt_sched_state, current)), [tail] "i"(offsetof(rt_sched_state, runTailp)));
}
#else
// ARMv6-M: on the process stack (PSP), copies .data from flash and clears .bss 16 bytes
// (four registers) per step (the linker scripts align both to 16 bytes), then runs rt_start,
// which gives the scheduler its first state (rt_schedInit).
__attribute__((naked, used)) void Reset_Handler(void) {
  __asm__ volatile("ldr r0, =_stack_top\n"
                   "msr psp, r0\n"
                   "movs r0, #2\n"
                   "msr control, r0\n"
                   "isb\n"
                   "ldr r0, =_sdata\n"
                   "ldr r1, =_sidata\n"
                   "ldr r2, =_edata\n"
                   "b 2f\n"
                   "1: ldmia r1!, {r4-r7}\n"
                   "stmia r0!, {r4-r7}\n"
                   "2: cmp r0, r2\n"
                   "blo 1b\n"
                   "ldr r0, =_sbss\n"
                   "ldr r1, =_ebss\n"
                   "movs r4, #0\n"
                   "movs r5, #0\n"
                   "movs r6, #0\n"
                   "movs r7, #0\n"
                   "b 4f\n"
                   "3: stmia r0!, {r4-r7}\n"
                   "4: cmp r0, r1\n"
                   "blo 3b\n"
                   "bl rt_start\n"
                   ".ltorg\n"); // the literals, right here
}
#endif

typedef void (*rt_vector)(void);
__attribute__((used, section(".isr_vector"))) const rt_vector rt_vectors[16 + RT_NUM_IRQS] = {
  (rt_vector)(uintptr_t)_isr_stack_top,
  Reset_Handler,
  faultHandler, // NMI
  faultHandler, // HardFault
  faultHandler, // MemManage
  faultHandler, // BusFault
  faultHandler, // UsageFault
  0, 0, 0, 0,
  faultHandler, // SVCall
  faultHandler, // DebugMonitor
  0,
  faultHandler, // PendSV
#ifdef RT_TIME_IRQ // the board's own time source (no SysTick)
  faultHandler,
  [16 ... 16 + RT_TIME_IRQ - 1] = rt_irqDispatch,
  [16 + RT_TIME_IRQ] = rt_timeIrqHandler,
  [16 + RT_TIME_IRQ + 1 ... 16 + RT_NUM_IRQS - 1] = rt_irqDispatch,
#else
  rt_systickHandler,
  [16 ... 16 + RT_NUM_IRQS - 1] = rt_irqDispatch,
#endif
};

__attribute__((used, noreturn)) static void rt_nilFaultPanic(void) { runtime_panicNil(NULL); }

// The number of an exception that reaches faultHandler: a system exception (2 to 15, the
// table sends every external interrupt elsewhere), one or two decimal digits.
RT_SMALL static void printExceptionNumber(uint32_t n) {
  if (n >= 10) {
    runtime_putchar('1');
    n -= 10;
  }
  runtime_putchar((uint8_t)('0' + n));
}

// frame is the exception frame on the interrupted stack (PSP for goroutines). A semihosting
// BKPT without a debugger (real hardware) ends up here: it is skipped and returns -1.
__attribute__((used, cold)) RT_SMALL static void rt_faultCheck(uint32_t *frame, uint32_t excReturn) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  // A goroutine whose stack pointer ran down to (or past) its bottom is a stack overflow,
  // also when the exception frame could not be stacked there.
  uint32_t *bottom = rt_current->stackBottom;
  if ((excReturn & 4) && frame < bottom + 8 && frame + 4096 >= bottom)
    rt_fatal("stack overflow");
#if !defined(__ARM_ARCH_6M__)
  uint32_t status = *(volatile uint32_t *)0xE000ED28;
  if (status & ((1u << 4) | (1u << 12))) // MSTKERR, STKERR: the frame could not be pushed
    rt_fatal("stack overflow");
#if RT_STACK_GUARD
  uint32_t guard = rt_current->guard & ~31u;
  uint32_t mmfar = *(volatile uint32_t *)0xE000ED34;
  if ((status & (1u << 7)) && mmfar - guard < RT_STACK_GUARD) // an access to the guard
    rt_fatal("stack overflow");
#endif
#endif
  uint32_t pc = frame[6];
  if (ipsr == 3 && pc >= 0x100 && *(const uint16_t *)(uintptr_t)pc == 0xbeab) {
    frame[6] = pc + 2;
    frame[0] = (uint32_t)-1;
    return;
  }
  // A fault of Go code in thread mode at a nil address (a call through a nil func value, or
  // an access near address 0) becomes Go's nil-dereference panic, which defer/recover see:
  // the exception returns into rt_nilFaultPanic instead of the faulting instruction; with
  // -panic=trap and no defer (nothing could recover) it would only end the program too.
  int nilAccess = pc < 0x100;
#if !defined(__ARM_ARCH_6M__)
  uint32_t cfsr = *(volatile uint32_t *)0xE000ED28;
  if ((cfsr & (1u << 15)) && *(volatile uint32_t *)0xE000ED38 < 0x1000) // BFAR valid, near 0
    nilAccess = 1;
  if ((cfsr & (1u << 7)) && *(volatile uint32_t *)0xE000ED34 < 0x1000) // MMFAR valid, near 0
    nilAccess = 1;
#endif
  if (nilAccess && (frame[7] & 0x1ff) == 0 && (rt_linkDefer || !rt_linkPanicTrap)) {
#if !defined(__ARM_ARCH_6M__)
    *(volatile uint32_t *)0xE000ED28 = cfsr; // clear the sticky fault status
#endif
    frame[6] = (uint32_t)(uintptr_t)rt_nilFaultPanic & ~1u;
    frame[7] |= 1u << 24; // Thumb state
    return;
  }
  rt_beginFatalReport();
  rt_print("fatal error: ");
  rt_print(ipsr == 3 ? "hard fault" : "processor exception");
  rt_print(" (exception ");
  printExceptionNumber(ipsr & 0x1ff);
  rt_print(") at pc=");
  rt_printHex(pc);
  rt_print(" lr=");
  rt_printHex(frame[5]);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}

__attribute__((naked)) static void faultHandler(void) {
  __asm__ volatile("mov r1, lr\n"
                   "movs r2, #4\n"
                   "tst r1, r2\n" // EXC_RETURN bit 2: the frame is on PSP
                   "beq 1f\n"
                   "mrs r0, psp\n"
                   "b 2f\n"
                   "1:\n"
                   "mrs r0, msp\n"
                   "2:\n"
                   "push {r4, lr}\n"
                   "bl rt_faultCheck\n"
                   "pop {r4, pc}\n");
}

// Go handlers of external interrupts (runtime/interrupt.New): func(int) values
// { context, code }, kept alive by this table in .bss.
static void **irqHandlers[RT_NUM_IRQS];

void rt_interruptRegister(int32_t irq, void **handler, void *ctx) __asm__("runtime/interrupt.registerHandler");
void rt_interruptRegister(int32_t irq, void **handler, void *ctx) {
  (void)ctx;
#ifdef RT_TIME_IRQ
  if (irq == RT_TIME_IRQ)
    rt_fatal("runtime/interrupt: the runtime's clock uses this interrupt");
#endif
  if (irq >= 0 && irq < RT_NUM_IRQS)
    irqHandlers[irq] = handler;
}

void rt_irqDispatch(void) {
  uint32_t ipsr;
  __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
  int32_t irq = (int32_t)(ipsr & 0x1ff) - 16;
  void **h = irq < RT_NUM_IRQS ? irqHandlers[irq] : NULL;
  if (!h)
    return;
#if RT_STACK_CHECK
  // The Go handler runs on the handler stack (MSP): its checks measure against that one.
  uint32_t limit = rt_stackLimit;
  rt_stackLimit = (uint32_t)(uintptr_t)_isr_stack_bottom + RT_STACK_MARGIN;
#endif
  ((void (*)(int32_t, void *))h[1])(irq, h[0]);
#if RT_STACK_CHECK
  rt_stackLimit = limit;
#endif
}

// Enables an external interrupt in the NVIC (used by runtime/interrupt).
void rt_interruptEnable(int32_t irq, void *ctx) __asm__("runtime/interrupt.enableIRQ");
void rt_interruptEnable(int32_t irq, void *ctx) {
  (void)ctx;
  if (irq >= 0 && irq < RT_NUM_IRQS)
    ((volatile uint32_t *)0xE000E100)[irq >> 5] = 1u << (irq & 31);
}

int32_t rt_semihost(uint32_t op, const void *arg) {
  register uint32_t r0 __asm__("r0") = op;
  register const void *r1 __asm__("r1") = arg;
  __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return (int32_t)r0;
}

// SYS_EXIT_EXTENDED carries the status; QEMU makes it its own exit status.
void runtime_exit(int32_t code) {
  uint32_t block[2] = {0x20026, (uint32_t)code}; // ADP_Stopped_ApplicationExit
  rt_semihost(0x20, block);
  // Fallback: plain SYS_EXIT only knows success or failure.
  rt_semihost(0x18, (const void *)(uintptr_t)(code == 0 ? 0x20026 : 0x20024));
  for (;;)
    __asm__ volatile("wfi");
}
