// RISC-V (rv32, machine mode) start-up: _start at the start of .text sets gp, sp, the trap
// vector and a PMP entry that makes code and constants read-only (so a main stack that
// overflows into them faults), clears .bss, then runs rt_start. The trap handler skips a semihosting
// call when QEMU has no semihosting (returns -1), turns faults at nil addresses into Go
// panics, and reports everything else (on its own stack) as a fatal error.
#include "common/internal.h"

void rt_start(void) __attribute__((noreturn));
void rt_trapEntry(void);

__attribute__((naked, used, section(".text.start"))) void _start(void) {
  __asm__ volatile(".option push\n"
                   ".option norelax\n"
                   "la gp, __global_pointer$\n"
                   ".option pop\n"
                   "la sp, _stack_top\n"
                   "la t0, rt_trapEntry\n"
                   "csrw mtvec, t0\n"
                   // PMP entry 0, locked so it binds machine mode: NAPOT region of ROM, R+X.
                   "la t0, _rom_start\n"
                   "la t1, _rom_size\n"
                   "srli t1, t1, 3\n"
                   "addi t1, t1, -1\n"
                   "srli t0, t0, 2\n"
                   "or t0, t0, t1\n"
                   "csrw pmpaddr0, t0\n"
                   "li t0, 0x9d\n" // L | NAPOT | X | R
                   "csrw pmpcfg0, t0\n"
                   // .data was loaded in place (RAM image); clear .bss.
                   "la t0, _sbss\n"
                   "la t1, _ebss\n"
                   "j 2f\n"
                   "1: sw zero, 0(t0)\n"
                   "addi t0, t0, 4\n"
                   "2: bltu t0, t1, 1b\n"
                   "j rt_start\n");
}

__attribute__((used, noreturn)) static void rt_nilFaultPanic(void) { runtime_panicNil(NULL); }

// Instruction, load or store access faults at addresses near 0 (a call through a nil func
// value, a nil pointer access) become Go's nil-dereference panic: the trap returns into
// rt_nilFaultPanic. Anything else is fatal.
// A store fault with the interrupted sp at (or below) the bottom of the running goroutine's
// stack is a stack overflow.
__attribute__((used)) static uint32_t rt_trapNil(uint32_t mcause, uint32_t mepc, uint32_t mtval,
                                                 uint32_t *sp) {
  (void)mepc;
  uint32_t *bottom = rt_current->stackBottom;
  if ((mcause == 5 || mcause == 7) && sp < bottom + 8 && sp + 16384 >= bottom)
    rt_fatal("stack overflow");
  if ((mcause == 1 || mcause == 5 || mcause == 7) && mtval < 0x1000)
    return (uint32_t)(uintptr_t)rt_nilFaultPanic;
  return 0;
}

// The stack the trap handler uses for anything beyond the semihosting check.
uint32_t rt_trapStack[256] __attribute__((aligned(16), used));

__attribute__((used)) static void rt_trapReport(uint32_t mcause, uint32_t mepc, uint32_t mtval) {
  rt_beginFatalReport();
  rt_print("fatal error: processor exception (mcause ");
  rt_printHex(mcause);
  rt_print(") at pc=");
  rt_printHex(mepc);
  rt_print(" mtval=");
  rt_printHex(mtval);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}

__attribute__((naked, aligned(4), used)) void rt_trapEntry(void) {
  __asm__ volatile("csrw mscratch, t0\n"
                   "csrr t0, mcause\n"
                   "bltz t0, 3f\n" // an interrupt
                   "j 4f\n"
                   "3:\n"
                   // Interrupt: save the caller-saved registers on the trap stack, call C,
                   // restore, return to the interrupted code.
                   "csrr t0, mscratch\n"
                   "csrw mscratch, sp\n"
                   "la sp, rt_trapStack + 1024\n"
                   "addi sp, sp, -64\n"
                   "sw ra, 0(sp)\n sw t0, 4(sp)\n sw t1, 8(sp)\n sw t2, 12(sp)\n"
                   "sw a0, 16(sp)\n sw a1, 20(sp)\n sw a2, 24(sp)\n sw a3, 28(sp)\n"
                   "sw a4, 32(sp)\n sw a5, 36(sp)\n sw a6, 40(sp)\n sw a7, 44(sp)\n"
                   "sw t3, 48(sp)\n sw t4, 52(sp)\n sw t5, 56(sp)\n sw t6, 60(sp)\n"
                   "csrr a0, mcause\n"
                   "call rt_interruptTrap\n"
                   "lw ra, 0(sp)\n lw t0, 4(sp)\n lw t1, 8(sp)\n lw t2, 12(sp)\n"
                   "lw a0, 16(sp)\n lw a1, 20(sp)\n lw a2, 24(sp)\n lw a3, 28(sp)\n"
                   "lw a4, 32(sp)\n lw a5, 36(sp)\n lw a6, 40(sp)\n lw a7, 44(sp)\n"
                   "lw t3, 48(sp)\n lw t4, 52(sp)\n lw t5, 56(sp)\n lw t6, 60(sp)\n"
                   "csrr sp, mscratch\n"
                   "mret\n"
                   "4:\n"
                   "csrr t0, mcause\n"
                   "addi t0, t0, -3\n" // breakpoint: a semihosting call without semihosting
                   "bnez t0, 1f\n"
                   "csrr t0, mepc\n"
                   "addi t0, t0, 4\n"
                   "csrw mepc, t0\n"
                   "li a0, -1\n"
                   "csrr t0, mscratch\n"
                   "mret\n"
                   "1:\n"
                   "mv t0, sp\n"
                   "la sp, rt_trapStack + 1024\n"
                   "addi sp, sp, -16\n"
                   "sw t0, 0(sp)\n"
                   "csrr a0, mcause\n"
                   "csrr a1, mepc\n"
                   "csrr a2, mtval\n"
                   "mv a3, t0\n"
                   "call rt_trapNil\n"
                   "beqz a0, 2f\n"
                   "csrw mepc, a0\n" // resume in rt_nilFaultPanic on the goroutine's stack
                   "lw sp, 0(sp)\n"
                   "mret\n"
                   "2:\n"
                   "csrr a0, mcause\n"
                   "csrr a1, mepc\n"
                   "csrr a2, mtval\n"
                   "j rt_trapReport\n");
}

// RISC-V semihosting: the magic sequence must be uncompressed and in one page.
__attribute__((noinline)) int32_t rt_semihost(uint32_t op, const void *arg) {
  register uint32_t a0 __asm__("a0") = op;
  register const void *a1 __asm__("a1") = arg;
  __asm__ volatile(".balign 16\n"
                   ".option push\n"
                   ".option norvc\n"
                   "slli zero, zero, 0x1f\n"
                   "ebreak\n"
                   "srai zero, zero, 7\n"
                   ".option pop\n"
                   : "+r"(a0)
                   : "r"(a1)
                   : "memory");
  return (int32_t)a0;
}

// External interrupts through the PLIC of the virt board (hart 0, machine mode) to Go
// handlers registered with runtime/interrupt: func(int) values { context, code }.
#define RT_NUM_IRQS 64
#define PLIC 0x0C000000u
#define PLIC_REG(off) (*(volatile uint32_t *)(PLIC + (off)))
static void **irqHandlers[RT_NUM_IRQS];
volatile int32_t rt_inInterrupt;

void rt_interruptRegister(int32_t irq, void **handler, void *ctx) __asm__("runtime/interrupt.registerHandler");
void rt_interruptRegister(int32_t irq, void **handler, void *ctx) {
  (void)ctx;
  if (irq > 0 && irq < RT_NUM_IRQS)
    irqHandlers[irq] = handler;
}

void rt_interruptEnable(int32_t irq, void *ctx) __asm__("runtime/interrupt.enableIRQ");
void rt_interruptEnable(int32_t irq, void *ctx) {
  (void)ctx;
  if (irq <= 0 || irq >= RT_NUM_IRQS)
    return;
  PLIC_REG(4u * (uint32_t)irq) = 1;                                 // priority
  PLIC_REG(0x2000u + 4u * ((uint32_t)irq / 32)) |= 1u << (irq % 32); // enable, context 0
  PLIC_REG(0x200000u) = 0;                                          // threshold
  __asm__ volatile("csrs mie, %0\n"
                   "csrsi mstatus, 8\n" ::"r"(1u << 11) // MEIE, then MIE
                   : "memory");
}

// Called by rt_trapEntry for interrupts (registers saved, on the trap stack).
__attribute__((used)) static void rt_interruptTrap(uint32_t mcause) {
  if ((mcause & 0x7fffffff) != 11) { // only external interrupts are ever enabled as traps
    __asm__ volatile("csrc mie, %0" ::"r"(1u << (mcause & 31)) : "memory");
    return;
  }
  rt_inInterrupt = 1;
#if RT_STACK_CHECK
  // Go handlers run on the trap stack: their checks measure against that one.
  uint32_t limit = rt_stackLimit;
  rt_stackLimit = (uint32_t)(uintptr_t)rt_trapStack + RT_STACK_MARGIN;
#endif
  uint32_t irq;
  while ((irq = PLIC_REG(0x200004u)) != 0) { // claim
    void **h = irq < RT_NUM_IRQS ? irqHandlers[irq] : NULL;
    if (h)
      ((void (*)(int32_t, void *))h[1])((int32_t)irq, h[0]);
    PLIC_REG(0x200004u) = irq; // complete
  }
#if RT_STACK_CHECK
  rt_stackLimit = limit;
#endif
  rt_inInterrupt = 0;
}
