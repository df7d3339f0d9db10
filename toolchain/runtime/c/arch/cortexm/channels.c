// Thumb-2 (Cortex-M3/M4F) fast paths of the word-sized channel operations (abi.h): handing
// the value to a goroutine parked in a plain receive, taking it from one parked in a plain
// send, and parking with a direct switch to the goroutine in runnext. Every other case (nil
// or closed channel, the buffer, select cases, timers pending) branches to chan.c.
#include "common/chan.h"
#include "common/sched.h"
#include "frame.h"

#if RT_CHAN_ASM

_Static_assert(offsetof(go_chan, len) == offsetof(go_chan, cap) + 4, "ldrd cap, len");
_Static_assert(offsetof(go_chan, sendq.head) == offsetof(go_chan, len) + 4, "ldrd len, sendq.head");
_Static_assert(offsetof(rt_queue, tail) == offsetof(rt_queue, head) + 4, "strd head, tail");
_Static_assert(offsetof(rt_waiter, next) == offsetof(rt_task, next), "one offset for the next link");
_Static_assert(offsetof(rt_sched_state, current) == 0 && offsetof(rt_sched_state, runNext) == 4 &&
                   offsetof(rt_sched_state, timerHead) == 8,
               "ldm current, runNext, timerHead; strd current, runNext");
_Static_assert(TASK_RUNNING == 0 && TASK_RUNNABLE == 1, "states stored from registers holding 0 and 1");

#define OPERANDS                                                                                 \
  [closed] "i"(offsetof(go_chan, closed)), [recvq] "i"(offsetof(go_chan, recvq.head)),           \
      [recvq_tail] "i"(offsetof(go_chan, recvq.tail)), [sendq] "i"(offsetof(go_chan, sendq.head)), \
      [sendq_tail] "i"(offsetof(go_chan, sendq.tail)), [cap] "i"(offsetof(go_chan, cap)),        \
      [len] "i"(offsetof(go_chan, len)), [sp] "i"(offsetof(rt_task, sp)),                       \
      [next] "i"(offsetof(rt_task, next)), [state] "i"(offsetof(rt_task, stateAndReason)),       \
      [guard] "i"(offsetof(rt_task, guard)),                                                     \
      [runTailp] "i"(offsetof(rt_sched_state, runTailp)),                                        \
      [runNext] "i"(offsetof(rt_sched_state, runNext)),                                          \
      [budget] "i"(offsetof(rt_sched_state, runNextBudget)),\
      [sendBlocked] "i"(RT_BLOCKED(WAIT_CHAN_SEND)), [recvBlocked] "i"(RT_BLOCKED(WAIT_CHAN_RECV)), \
      [sched] "i"(&rt_sched), [rbar] "i"(&RT_MPU_RBAR), [pick] "i"(rt_pickNext),                \
      [sendSlow] "i"(rt_chanSendWordSlow), [recvSlow] "i"(rt_chanRecvWordSlow),                 \
      [bufPut] "i"(rt_chanBufPutWord), [bufTake] "i"(rt_chanBufTakeWord)

// After the frame is pushed, with r0 = c: the current task (r1) saves its frame, joins the
// queue Q of c in state BLOCKED, and the next task runs: runnext (r2) when no timer is pending
// (r6), else whatever the scheduler's C code picks. r3 = the MPU's RBAR, r4 = &rt_sched, r5 = 0.
#define PARK_ON(Q, BLOCKED)                                                                      \
  "ldrd r3, r4, 7f\n"                                                                            \
  "ldm r4, {r1, r2, r6}\n" /* current, runNext, timerHead */                                    \
  "str sp, [r1, %[sp]]\n"                                                                        \
  "movs r5, #0\n"                                                                                \
  "str r5, [r1, %[next]]\n"                                                                      \
  "ldr r7, [r0, %[" Q "]]\n"                                                                     \
  "cbz r7, 1f\n"                                                                                 \
  "ldr r7, [r0, %[" Q "_tail]]\n"                                                                \
  "bic r7, r7, #1\n" /* the last link may be a select case's: next at the same offset */        \
  "str r1, [r7, %[next]]\n"                                                                      \
  "str r1, [r0, %[" Q "_tail]]\n"                                                                \
  "b 2f\n"                                                                                       \
  "1: strd r1, r1, [r0, %[" Q "]]\n"                                                             \
  "2: mov r7, %[" BLOCKED "]\n"                                                                  \
  "strh r7, [r1, %[state]]\n"                                                                    \
  "cbnz r6, 3f\n"                                                                                \
  "cbz r2, 3f\n"                                                                                 \
  "ldr r7, [r4, %[budget]]\n" /* runnext's turns left in a row: when spent, C decides */         \
  "subs r7, #1\n"                                                                                \
  "str r7, [r4, %[budget]]\n"                                                                    \
  "bmi 3f\n"                                                                                     \
  "strd r2, r5, [r4]\n" /* current = runnext, runnext = NULL */                                 \
  "strb r5, [r2, %[state]]\n"                                                                    \
  "ldr r7, [r2, %[guard]]\n"                                                                     \
  "str r7, [r3]\n" /* the MPU guard moves below the next task's stack */                        \
  "ldr sp, [r2, %[sp]]\n" FRAME_POP "3: bl %c[pick]\n"                                           \
  "ldr sp, [r0, %[sp]]\n" FRAME_POP

// The MPU's RBAR and &rt_sched, loaded together by one ldrd.
#define LITERALS                                                                                 \
  ".p2align 2\n"                                                                                 \
  "7: .word %c[rbar]\n"                                                                          \
  "8: .word %c[sched]\n"

__attribute__((naked)) void runtime_chanSendWord(go_chan *c, uint32_t value, const go_pos *pos) {
  __asm__ volatile(
      "cbz r0, 9f\n"
      "ldr r3, [r0, %[recvq]]\n"
      "cbnz r3, 5f\n" // a receiver waits (or the channel is closed)
      "ldrd r3, ip, [r0, %[cap]]\n"
      "cmp r3, ip\n"
      "beq 4f\n" // no room in the buffer: park
      "b %c[bufPut]\n"
      "9: b %c[sendSlow]\n"
      "5: tst r3, #1\n"
      "bne 9b\n" // a select case, or closed
      "ldr ip, [r3, %[next]]\n"
      "str ip, [r0, %[recvq]]\n"
      "ldr ip, [r3, %[sp]]\n"
      "str r1, [ip]\n" // its slot0; its ok slot already says 1
      // The receiver runs next; the task that held runnext goes to the back of the queue.
      "ldr r2, 8f\n"
      "ldr r0, [r2, %[runNext]]\n"
      "str r3, [r2, %[runNext]]\n"
      "movs r1, #1\n"
      "strb r1, [r3, %[state]]\n"
      "cbnz r0, 6f\n"
      "bx lr\n"
      "6: movs r1, #0\n"
      "str r1, [r0, %[next]]\n"
      "ldr r1, [r2, %[runTailp]]\n"
      "str r0, [r1]\n"
      "adds r1, r0, %[next]\n"
      "str r1, [r2, %[runTailp]]\n"
      "bx lr\n"
      "4:\n" FRAME_PUSH_FP "push {r1, r2, r4-r11, lr}\n" // slot0: the value, slot1: the position
      PARK_ON("sendq", "sendBlocked") LITERALS ::OPERANDS);
}

__attribute__((naked)) uint64_t runtime_chanRecvWord(go_chan *c) {
  __asm__ volatile(
      "cbz r0, 9f\n"
      "ldrd r2, r3, [r0, %[len]]\n" // len, sendq.head
      "cbnz r2, 11f\n"              // buffered values
      "cbz r3, 4f\n"                // no sender
      "tst r3, #1\n"
      "bne 9f\n" // a select case
      "ldr ip, [r3, %[next]]\n"
      "str ip, [r0, %[sendq]]\n"
      "ldr r0, [r3, %[sp]]\n"
      "ldr r0, [r0]\n" // its slot0: the value
      // The sender runs next; the task that held runnext goes to the back of the queue.
      "ldr r2, 8f\n"
      "ldr r1, [r2, %[runNext]]\n"
      "str r3, [r2, %[runNext]]\n"
      "cbnz r1, 6f\n"
      "movs r1, #1\n" // TASK_RUNNABLE, and ok
      "strb r1, [r3, %[state]]\n"
      "bx lr\n"
      "6: mov ip, #0\n"
      "str ip, [r1, %[next]]\n"
      "ldr ip, [r2, %[runTailp]]\n"
      "str r1, [ip]\n"
      "add ip, r1, %[next]\n"
      "str ip, [r2, %[runTailp]]\n"
      "movs r1, #1\n"
      "strb r1, [r3, %[state]]\n"
      "bx lr\n"
      "9: b %c[recvSlow]\n"
      "11: b %c[bufTake]\n"
      "4: ldr r3, [r0, %[closed]]\n"
      "cbz r3, 10f\n"
      "b %c[recvSlow]\n" // closed
      "10: movs r1, #1\n" // slot1: ok, unless the channel gets closed
      FRAME_PUSH_FP "push {r0, r1, r4-r11, lr}\n"
      PARK_ON("recvq", "recvBlocked") LITERALS ::OPERANDS);
}

#endif
