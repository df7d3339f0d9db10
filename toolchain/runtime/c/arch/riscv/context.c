// RISC-V (rv32) register-level task switching: parking and resuming a goroutine (its saved
// frame: two slots, ra, s0-s11), a new task's first frame, register spilling for the GC,
// setjmp/longjmp for panics, and the report of the compiler's stack checks.
#include "common/sched.h"

// A parked task's frame (sched.h), from its saved sp up: slot0, slot1, ra, s0-s11, and one
// word of padding that keeps sp 16-byte aligned.
#define FRAME_WORDS 16
#define FRAME_RESUME 2

#define OFFSETS                                                                                  \
  [sched] "i"(&rt_sched), [cur] "i"(offsetof(rt_sched_state, current)),                         \
      [sp] "i"(offsetof(rt_task, sp)), [pick] "i"(rt_pickNext)

#define RESUME_A0                                                                                \
  "lw sp, %[sp](a0)\n"                                                                           \
  "lw a0, 0(sp)\n lw a1, 4(sp)\n lw ra, 8(sp)\n"                                                 \
  "lw s0, 12(sp)\n lw s1, 16(sp)\n lw s2, 20(sp)\n lw s3, 24(sp)\n"                              \
  "lw s4, 28(sp)\n lw s5, 32(sp)\n lw s6, 36(sp)\n lw s7, 40(sp)\n"                              \
  "lw s8, 44(sp)\n lw s9, 48(sp)\n lw s10, 52(sp)\n lw s11, 56(sp)\n"                            \
  "addi sp, sp, 64\n"                                                                            \
  "ret\n"

__attribute__((naked)) uint64_t rt_parkFrame(uint32_t slot0, uint32_t slot1) {
  __asm__ volatile("addi sp, sp, -64\n"
                   "sw a0, 0(sp)\n sw a1, 4(sp)\n sw ra, 8(sp)\n"
                   "sw s0, 12(sp)\n sw s1, 16(sp)\n sw s2, 20(sp)\n sw s3, 24(sp)\n"
                   "sw s4, 28(sp)\n sw s5, 32(sp)\n sw s6, 36(sp)\n sw s7, 40(sp)\n"
                   "sw s8, 44(sp)\n sw s9, 48(sp)\n sw s10, 52(sp)\n sw s11, 56(sp)\n"
                   "lui t0, %%hi(%[sched])\n"
                   "lw t1, %%lo(%[sched])+%[cur](t0)\n"
                   "sw sp, %[sp](t1)\n"
                   "call %[pick]\n" RESUME_A0 ::OFFSETS);
}

__attribute__((naked)) void rt_resumeTask(rt_task *t) {
  __asm__ volatile(RESUME_A0 ::OFFSETS);
}

void rt_frameRedirect(rt_task *t, void (*fn)(uint32_t slot0, uint32_t slot1)) {
  t->sp[FRAME_RESUME] = (uint32_t)(uintptr_t)fn;
}

uint32_t *rt_contextInit(uint32_t *stackTop, void (*entry)(void)) {
  uint32_t *sp = (uint32_t *)((uintptr_t)stackTop & ~(uintptr_t)15) - FRAME_WORDS;
  for (int i = 0; i < FRAME_WORDS; i++)
    sp[i] = 0;
  sp[FRAME_RESUME] = (uint32_t)(uintptr_t)entry;
  return sp;
}

__attribute__((naked)) void rt_spillAndCall(void (*fn)(uint32_t *sp)) {
  __asm__ volatile("addi sp, sp, -64\n"
                   "sw ra, 0(sp)\n sw s0, 4(sp)\n sw s1, 8(sp)\n sw s2, 12(sp)\n"
                   "sw s3, 16(sp)\n sw s4, 20(sp)\n sw s5, 24(sp)\n sw s6, 28(sp)\n"
                   "sw s7, 32(sp)\n sw s8, 36(sp)\n sw s9, 40(sp)\n sw s10, 44(sp)\n"
                   "sw s11, 48(sp)\n sw gp, 52(sp)\n sw tp, 56(sp)\n"
                   "mv t0, a0\n"
                   "mv a0, sp\n"
                   "jalr t0\n"
                   "lw ra, 0(sp)\n"
                   "addi sp, sp, 64\n"
                   "ret\n");
}

// jmpbuf: [0] ra, [1] sp, [2..13] s0-s11.
__attribute__((naked, returns_twice)) int32_t runtime_setjmp(uint32_t *jmpbuf) {
  __asm__ volatile("sw ra, 0(a0)\n sw sp, 4(a0)\n"
                   "sw s0, 8(a0)\n sw s1, 12(a0)\n sw s2, 16(a0)\n sw s3, 20(a0)\n"
                   "sw s4, 24(a0)\n sw s5, 28(a0)\n sw s6, 32(a0)\n sw s7, 36(a0)\n"
                   "sw s8, 40(a0)\n sw s9, 44(a0)\n sw s10, 48(a0)\n sw s11, 52(a0)\n"
                   "li a0, 0\n"
                   "ret\n");
}

__attribute__((naked, noreturn)) void rt_longjmp(uint32_t *jmpbuf) {
  __asm__ volatile("lw ra, 0(a0)\n lw sp, 4(a0)\n"
                   "lw s0, 8(a0)\n lw s1, 12(a0)\n lw s2, 16(a0)\n lw s3, 20(a0)\n"
                   "lw s4, 24(a0)\n lw s5, 28(a0)\n lw s6, 32(a0)\n lw s7, 36(a0)\n"
                   "lw s8, 40(a0)\n lw s9, 44(a0)\n lw s10, 48(a0)\n lw s11, 52(a0)\n"
                   "li a0, 1\n"
                   "ret\n");
}

// Called by the compiler's stack checks (internal.h): the overflowing frame may reach below
// the stack's bottom, so the report runs on the top of the main goroutine's stack, which is
// never resumed. A debugger stopped at its first instruction sees the overflowing calls.
__attribute__((naked, used)) void rt_stackOverflow(void) {
  __asm__ volatile("la sp, _stack_top\n"
                   "la a0, %[msg]\n"
                   "call %[fatal]\n" ::[msg] "i"("stack overflow"), [fatal] "i"(rt_fatal));
}

// Without a debugger the trap handler skips the ebreak (as for semihosting) and goes on.
void rt_breakpoint(void *ctx) __asm__("runtime.Breakpoint");
void rt_breakpoint(void *ctx) {
  (void)ctx;
  __asm__ volatile(".option push\n.option norvc\nebreak\n.option pop\n" ::: "memory");
}
