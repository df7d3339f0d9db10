// Cortex-M register-level task switching: parking and resuming a goroutine (its saved
// frame), a new task's first frame, register spilling for the GC, setjmp/longjmp for panics,
// and on the M0 the report of the compiler's stack checks. Thumb-1 for the Cortex-M0 (only
// r0-r7 in most instructions), Thumb-2 for M3/M4F; the hard-float variant also keeps the
// callee-saved FP registers s16-s31.
#include "common/sched.h"
#include "frame.h"

#define OFFSETS                                                                                  \
  [sched] "i"(&rt_sched), [cur] "i"(offsetof(rt_sched_state, current)),                         \
      [sp] "i"(offsetof(rt_task, sp)), [pick] "i"(rt_pickNext)

#if V6M
#define RESUME_R0                                                                                \
  "ldr r1, [r0, %[sp]]\n"                                                                        \
  "mov sp, r1\n"                                                                                 \
  "pop {r0, r1, r4-r7}\n"                                                                        \
  "mov r8, r4\n mov r9, r5\n mov r10, r6\n mov r11, r7\n"                                        \
  "pop {r4-r7, pc}\n"

__attribute__((naked)) uint64_t rt_parkFrame(uint32_t slot0, uint32_t slot1) {
  __asm__ volatile("push {r4-r7, lr}\n"
                   "mov r4, r8\n mov r5, r9\n mov r6, r10\n mov r7, r11\n"
                   "push {r0, r1, r4-r7}\n"
                   "ldr r2, 1f\n"
                   "ldr r3, [r2, %[cur]]\n"
                   "mov r2, sp\n"
                   "str r2, [r3, %[sp]]\n"
                   "bl %c[pick]\n" RESUME_R0 ".p2align 2\n"
                   "1: .word %c[sched]\n" ::OFFSETS);
}
#else
#define RESUME_R0 "ldr sp, [r0, %[sp]]\n" FRAME_POP

_Static_assert(RT_STACK_GUARD, "Thumb-2 parking moves the MPU guard");
_Static_assert(offsetof(rt_sched_state, current) == 0 && offsetof(rt_sched_state, runNext) == 4 &&
                   offsetof(rt_sched_state, timerHead) == 8 && offsetof(rt_sched_state, runHead) == 12,
               "ldm current, runNext, timerHead, runHead; strd current, runNext");
_Static_assert(TASK_RUNNING == 0, "stored from a register holding 0");

// Thumb-2: runnext, or else the head of the run queue, runs without a call into C (which
// handles pending timers, idling and deadlock).
__attribute__((naked)) uint64_t rt_parkFrame(uint32_t slot0, uint32_t slot1) {
  __asm__ volatile(FRAME_PUSH_FP
                   "push {r0, r1, r4-r11, lr}\n"
                   "ldrd r3, r4, 7f\n"         // the MPU's RBAR, &rt_sched
                   "ldm r4, {r1, r2, r5, r6}\n" // current, runNext, timerHead, runHead
                   "str sp, [r1, %[sp]]\n"
                   "cbnz r5, 3f\n" // timers pending
                   "movs r5, #0\n"
                   "cbz r2, 4f\n"
                   "ldr r7, [r4, %[budget]]\n" // runnext's turns left in a row: when spent, C decides
                   "subs r7, #1\n"
                   "str r7, [r4, %[budget]]\n"
                   "bmi 3f\n"
                   "strd r2, r5, [r4]\n" // current = runnext, runnext = NULL
                   "b 5f\n"
                   "4: cbz r6, 3f\n" // nothing runnable
                   "mov r7, %[full]\n"
                   "str r7, [r4, %[budget]]\n"
                   "mov r2, r6\n"
                   "ldr r6, [r2, %[next]]\n"
                   "str r6, [r4, %[runHead]]\n"
                   "cbnz r6, 6f\n"
                   "add r6, r4, %[runHead]\n"
                   "str r6, [r4, %[runTailp]]\n"
                   "6: str r2, [r4, %[cur]]\n"
                   "5: strb r5, [r2, %[state]]\n"
                   "ldr r7, [r2, %[guard]]\n"
                   "str r7, [r3]\n" // the MPU guard moves below the next task's stack
                   "ldr sp, [r2, %[sp]]\n" FRAME_POP
                   "3: bl %c[pick]\n" RESUME_R0 ".p2align 2\n"
                   "7: .word %c[rbar]\n"
                   ".word %c[sched]\n" ::OFFSETS,
                   [next] "i"(offsetof(rt_task, next)), [state] "i"(offsetof(rt_task, stateAndReason)),
                   [guard] "i"(offsetof(rt_task, guard)), [rbar] "i"(&RT_MPU_RBAR),
                   [runHead] "i"(offsetof(rt_sched_state, runHead)),
                   [runTailp] "i"(offsetof(rt_sched_state, runTailp)),
                   [budget] "i"(offsetof(rt_sched_state, runNextBudget)), [full] "i"(RT_RUNNEXT_BUDGET));
}
#endif

__attribute__((naked)) void rt_resumeTask(rt_task *t) {
  __asm__ volatile(RESUME_R0 ::OFFSETS);
}

void rt_frameRedirect(rt_task *t, void (*fn)(uint32_t slot0, uint32_t slot1)) {
  t->sp[FRAME_RESUME] = (uint32_t)(uintptr_t)fn; // Thumb bit already set
}

uint32_t *rt_contextInit(uint32_t *stackTop, void (*entry)(void)) {
  uint32_t *sp = stackTop - FRAME_WORDS;
  for (int i = 0; i < FRAME_WORDS; i++)
    sp[i] = 0;
  sp[FRAME_RESUME] = (uint32_t)(uintptr_t)entry; // Thumb bit already set
  return sp;
}

__attribute__((naked)) void rt_spillAndCall(void (*fn)(uint32_t *sp)) {
#if V6M
  __asm__ volatile("push {r3-r7, lr}\n"
                   "mov r4, r8\n mov r5, r9\n mov r6, r10\n mov r7, r11\n"
                   "push {r4-r7}\n"
                   "mov r1, r0\n"
                   "mov r0, sp\n"
                   "blx r1\n"
                   "pop {r4-r7}\n"
                   "pop {r3-r7, pc}\n");
#else
  __asm__ volatile("push {r3-r11, lr}\n"
                   "mov r1, r0\n"
                   "mov r0, sp\n"
                   "blx r1\n"
                   "pop {r3-r11, pc}\n");
#endif
}

// jmpbuf: [0..3] r4-r7, [4..7] r8-r11, [8] sp, [9] lr, [10..25] s16-s31.
__attribute__((naked, returns_twice)) int32_t runtime_setjmp(uint32_t *jmpbuf) {
#if V6M
  __asm__ volatile("stmia r0!, {r4-r7}\n"
                   "mov r1, r8\n mov r2, r9\n mov r3, r10\n"
                   "stmia r0!, {r1-r3}\n"
                   "mov r1, r11\n mov r2, sp\n mov r3, lr\n"
                   "stmia r0!, {r1-r3}\n"
                   "movs r0, #0\n"
                   "bx lr\n");
#else
  __asm__ volatile("stmia r0!, {r4-r11}\n"
                   "mov r1, sp\n"
                   "stmia r0!, {r1, lr}\n"
#if HARDFP
                   "vstmia r0, {s16-s31}\n"
#endif
                   "movs r0, #0\n"
                   "bx lr\n");
#endif
}

__attribute__((naked, noreturn)) void rt_longjmp(uint32_t *jmpbuf) {
#if V6M
  __asm__ volatile("adds r0, #16\n"
                   "ldmia r0!, {r1-r3}\n"
                   "mov r8, r1\n mov r9, r2\n mov r10, r3\n"
                   "ldmia r0!, {r1-r3}\n"
                   "mov r11, r1\n mov sp, r2\n mov lr, r3\n"
                   "subs r0, #40\n"
                   "ldmia r0!, {r4-r7}\n"
                   "movs r0, #1\n"
                   "bx lr\n");
#else
  __asm__ volatile("ldmia r0!, {r4-r11}\n"
                   "ldmia r0!, {r1, lr}\n"
#if HARDFP
                   "vldmia r0, {s16-s31}\n"
#endif
                   "mov sp, r1\n"
                   "movs r0, #1\n"
                   "bx lr\n");
#endif
}

#if RT_STACK_CHECK
// Called by the compiler's stack checks (internal.h): the overflowing frame may reach below
// the stack's bottom, so the report runs on the top of the main goroutine's stack, which is
// never resumed. A debugger stopped at its first instruction sees the overflowing calls.
__attribute__((naked, used)) void rt_stackOverflow(void) {
  __asm__ volatile("ldr r0, =_stack_top\n"
                   "mov sp, r0\n"
                   "ldr r0, =%c[msg]\n"
                   "bl %c[fatal]\n"
                   ".ltorg\n" ::[msg] "i"("stack overflow"), [fatal] "i"(rt_fatal));
}
#endif

void rt_breakpoint(void *ctx) __asm__("runtime.Breakpoint");
void rt_breakpoint(void *ctx) {
  (void)ctx;
  __asm__ volatile("bkpt 0" ::: "memory");
}
