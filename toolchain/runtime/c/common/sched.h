// Inline fast paths of the scheduler (run queue push/pop, parking with a direct switch),
// shared by scheduler.c and the channel code so a goroutine hand-over stays short.
#pragma once
#include "internal.h"


static inline __attribute__((always_inline)) void rt_readyLastInline(rt_task *t) {
  t->state = TASK_RUNNABLE;
  t->next = NULL;
  *rt_runTailp = t;
  rt_runTailp = &t->next;
}

// Like gc, a goroutine woken (or started) by the running one runs next; the one that held
// that place goes to the end of the queue.
static inline __attribute__((always_inline)) void rt_readyInline(rt_task *t) {
  rt_task *prev = rt_runNext;
  t->state = TASK_RUNNABLE;
  rt_runNext = t;
  if (prev) {
    prev->next = NULL;
    *rt_runTailp = prev;
    rt_runTailp = &prev->next;
  }
}

rt_task *rt_parkSlow(void); // timers due or nothing runnable: returns the next task
RT_NORETURN void rt_stackOverflow(void);

// Blocks the current task (its state already set) and switches to the next runnable one.
static inline __attribute__((always_inline)) void rt_parkInline(void) {
  rt_task *cur = rt_current;
  rt_task *next = rt_runNext;
  if (RT_UNLIKELY(rt_timerHead != NULL)) {
    next = rt_parkSlow();
  } else if (next != NULL) {
    rt_runNext = NULL;
  } else if ((next = rt_runHead) == NULL) {
    next = rt_parkSlow();
  } else if ((rt_runHead = next->next) == NULL) {
    rt_runTailp = &rt_runHead;
  }
  next->state = TASK_RUNNING;
  if (next == cur)
    return;
#if !RT_STACK_GUARD // with the MPU guard an overflow has already faulted
  if (RT_UNLIKELY(*cur->stackBottom != RT_STACK_CANARY))
    rt_stackOverflow();
#endif
  rt_current = next;
#if RT_STACK_GUARD
  RT_MPU_RBAR = next->guard;
#endif
  rt_contextSwitch(&cur->sp, next->sp);
}
