// RISC-V (rv32, machine mode) start-up: _start at the start of .text sets gp, sp and the
// trap vector, then runs rt_start. The trap handler skips a semihosting call when QEMU has
// no semihosting (returns -1) and reports every other trap as a fatal error.
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
                   "j rt_start\n");
}

__attribute__((used, noreturn)) static void rt_nilFaultPanic(void) { runtime_panicNil(NULL); }

// Instruction, load or store access faults at addresses near 0 (a call through a nil func
// value, a nil pointer access) become Go's nil-dereference panic: the trap returns into
// rt_nilFaultPanic. Anything else is fatal.
__attribute__((used)) static uint32_t rt_trapNil(uint32_t mcause, uint32_t mepc, uint32_t mtval) {
  (void)mepc;
  if ((mcause == 1 || mcause == 5 || mcause == 7) && mtval < 0x1000)
    return (uint32_t)(uintptr_t)rt_nilFaultPanic;
  return 0;
}

__attribute__((used)) static void rt_trapReport(uint32_t mcause, uint32_t mepc, uint32_t mtval) {
  rt_stderrBegin();
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
                   "addi t0, t0, -3\n" // breakpoint: a semihosting call without semihosting
                   "bnez t0, 1f\n"
                   "csrr t0, mepc\n"
                   "addi t0, t0, 4\n"
                   "csrw mepc, t0\n"
                   "li a0, -1\n"
                   "csrr t0, mscratch\n"
                   "mret\n"
                   "1:\n"
                   "csrr a0, mcause\n"
                   "csrr a1, mepc\n"
                   "csrr a2, mtval\n"
                   "call rt_trapNil\n"
                   "beqz a0, 2f\n"
                   "csrw mepc, a0\n"
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

// External interrupts (PLIC) are not routed to Go handlers on RISC-V yet.
void rt_interruptRegister(int32_t irq, void **handler, void *ctx) __asm__("runtime/interrupt.registerHandler");
void rt_interruptRegister(int32_t irq, void **handler, void *ctx) {
  (void)irq, (void)handler, (void)ctx;
}

void rt_interruptEnable(int32_t irq, void *ctx) __asm__("runtime/interrupt.enableIRQ");
void rt_interruptEnable(int32_t irq, void *ctx) {
  (void)irq;
  (void)ctx;
}
