// Scheduler internals shared by scheduler.c, the channel code and the arch switch code: the
// run queue's inline push, and how a goroutine parks and resumes (its saved frame).
#pragma once
#include "internal.h"

// On Thumb-2 (Cortex-M3/M4F) the word-sized channel operations are written in assembly
// (arch/cortexm/channels.c); elsewhere chan.c has them in C.
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
#define RT_CHAN_ASM 1
#else
#define RT_CHAN_ASM 0
#endif

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

// ---- Parking -----------------------------------------------------------------------------
// A goroutine that stops running pushes a frame on its own stack and keeps its address in
// rt_task.sp: [slot0, slot1, callee-saved registers..., resume address] (the exact layout is
// in the arch's context.c). Resuming a goroutine pops that frame, slots included, so whoever
// wakes it can hand it values through the slots: a channel operation keeps its element there
// (slot0: the value for elements of up to 4 bytes, else the element's address) and the
// receive's ok flag or the send's position (slot1).
#define RT_SLOTS(t) ((t)->sp)

// Parks the current task (its state already set, queued wherever it waits) and runs the
// next one; returns slot1:slot0 as they are when the task resumes.
uint64_t rt_parkFrame(uint32_t slot0, uint32_t slot1);
// Runs t without saving the current task (which has exited).
RT_NORETURN void rt_resumeTask(rt_task *t);
// Makes the parked task t resume in fn(slot0, slot1) instead of where it parked.
void rt_frameRedirect(rt_task *t, void (*fn)(uint32_t slot0, uint32_t slot1));
// Called by rt_parkFrame once the frame is saved: runs due timers, picks the next task
// (idling or reporting deadlock when there is none), checks the stack canary, makes it
// current and returns it (possibly the caller itself, woken by a timer).
rt_task *rt_pickNext(void);
