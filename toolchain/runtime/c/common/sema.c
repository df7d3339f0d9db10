// Semaphores for the sync package: a goroutine that must wait parks on the address of a
// counter until a release wakes it, so blocked goroutines cost nothing and a program where
// every goroutine waits this way ends in the deadlock error like gc.
#include "internal.h"

typedef struct rt_semaWaiter {
  rt_task *task;
  uint32_t *addr;
  struct rt_semaWaiter *next;
} rt_semaWaiter;

static rt_semaWaiter *semaHead;

// Waits until *addr > 0, then decrements it.
void rt_semacquire(uint32_t *addr, void *ctx) __asm__("runtime.semacquire");
void rt_semacquire(uint32_t *addr, void *ctx) {
  (void)ctx;
  while (*addr == 0) {
    rt_semaWaiter w = {rt_current, addr, NULL};
    rt_semaWaiter **pp = &semaHead;
    while (*pp)
      pp = &(*pp)->next;
    *pp = &w;
    rt_current->stateAndReason = RT_BLOCKED(WAIT_SEMA);
    rt_park();
  }
  (*addr)--;
}

// Increments *addr and wakes the first goroutine waiting on it.
void rt_semrelease(uint32_t *addr, void *ctx) __asm__("runtime.semrelease");
void rt_semrelease(uint32_t *addr, void *ctx) {
  (void)ctx;
  (*addr)++;
  for (rt_semaWaiter **pp = &semaHead; *pp; pp = &(*pp)->next) {
    if ((*pp)->addr == addr) {
      rt_semaWaiter *w = *pp;
      *pp = w->next;
      rt_ready(w->task);
      return;
    }
  }
}

// The names gc's sync package reaches by linkname (extra parameters ignored).
void rt_syncSemacquire(uint32_t *addr, void *ctx) __asm__("sync.runtime_Semacquire");
void rt_syncSemacquire(uint32_t *addr, void *ctx) { rt_semacquire(addr, ctx); }

void rt_syncSemacquireMutex(uint32_t *addr, int32_t lifo, int32_t skip, void *ctx)
    __asm__("sync.runtime_SemacquireMutex");
void rt_syncSemacquireMutex(uint32_t *addr, int32_t lifo, int32_t skip, void *ctx) {
  (void)lifo, (void)skip;
  rt_semacquire(addr, ctx);
}

void rt_syncSemrelease(uint32_t *addr, int32_t handoff, int32_t skip, void *ctx)
    __asm__("sync.runtime_Semrelease");
void rt_syncSemrelease(uint32_t *addr, int32_t handoff, int32_t skip, void *ctx) {
  (void)handoff, (void)skip;
  rt_semrelease(addr, ctx);
}

// Waiting for the sync overlay's state to change: runtime.syncWait parks the goroutine
// until the next runtime.syncWake (called by every Unlock, Done, Signal and Broadcast),
// after which the waiter checks its condition again. Waiters are blocked, so a program in
// which everyone waits ends in the deadlock error instead of spinning.
static rt_task *syncWaiters;

void rt_syncWait(void *ctx) __asm__("runtime.syncWait");
void rt_syncWait(void *ctx) {
  (void)ctx;
  rt_task *t = rt_current;
  t->next = syncWaiters;
  syncWaiters = t;
  t->stateAndReason = RT_BLOCKED(WAIT_SEMA);
  rt_park();
}

void rt_syncWake(void *ctx) __asm__("runtime.syncWake");
void rt_syncWake(void *ctx) {
  (void)ctx;
  rt_task *t;
  while ((t = syncWaiters) != NULL) {
    syncWaiters = t->next;
    rt_readyLast(t);
  }
}

// sync's unrecoverable errors (unlocking a Mutex or RWMutex that is not locked) are gc's
// "fatal error:", not a panic: no deferred call runs and recover cannot stop them.
void rt_syncFatal(const uint8_t *msg, go_int len, void *ctx) __asm__("runtime.syncFatal");
void rt_syncFatal(const uint8_t *msg, go_int len, void *ctx) {
  (void)ctx;
  rt_beginFatalReport();
  rt_print("fatal error: ");
  runtime_printString(msg, len);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}
