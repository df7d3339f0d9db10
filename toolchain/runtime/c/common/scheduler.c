// The cooperative goroutine scheduler: a FIFO run queue of tasks, each with its own stack,
// switched directly task to task (no scheduler stack). A blocked task parks itself; when
// nothing can run it idles until the next timer, or reports a deadlock.
#include "sched.h"

// All zero until the reset code or rt_schedInit: start-up clears .bss faster than it copies
// .data.
rt_task rt_mainTask;
#define mainTask rt_mainTask
rt_sched_state rt_sched;
rt_task *rt_allTasks;
int32_t rt_numTasks;
static uint32_t nextId;
static rt_task *deadTask; // the last exited task; its stack is reused by the next spawn
#if RT_STACK_CHECK
// Tells the compiler where its checks read the limit (internal.h); `used` keeps it until
// the compiler has inserted them, which then drops it.
__attribute__((used)) uint32_t *const rt_stackLimitAddress = &rt_stackLimit;
#endif

static void registryAdd(rt_task *t) {
  t->allPrev = NULL;
  t->allNext = rt_allTasks;
  if (rt_allTasks)
    rt_allTasks->allPrev = t;
  rt_allTasks = t;
  rt_numTasks++;
}

static void registryRemove(rt_task *t) {
  if (t->allPrev)
    t->allPrev->allNext = t->allNext;
  else
    rt_allTasks = t->allNext;
  if (t->allNext)
    t->allNext->allPrev = t->allPrev;
  rt_numTasks--;
}

// The main goroutine: running, alone in the registry, on the stack of the linker script.
// Every other field of its record and of the scheduler state is zero (TASK_RUNNING too, and
// without a guard its stack limit: internal.h).
// Only what a program that starts goroutines reads is left here on ARMv7-M (the compiler
// drops the stores otherwise).
void rt_schedInit(void) {
#if !RT_RESET_STARTS_MAIN
  rt_sched.current = &mainTask;
  rt_sched.runTailp = &rt_sched.runHead;
  mainTask.id = 1;
  mainTask.stackBottom = _stack_bottom + RT_STACK_GUARD / 4; // the linker aligns it to 32
  mainTask.stackTop = _stack_top;
  *mainTask.stackBottom = RT_STACK_CANARY;
  rt_sched.runNextBudget = RT_RUNNEXT_BUDGET;
#endif
  nextId = 2;
  rt_allTasks = &mainTask;
  rt_numTasks = 1;
}

void rt_ready(rt_task *t) { rt_readyInline(t); }
void rt_readyLast(rt_task *t) { rt_readyLastInline(t); }

void rt_deadlock(void) {
  if (mainTask.state == TASK_DEAD)
    rt_fatal("no goroutines (main called runtime.Goexit) - deadlock!");
  rt_fatal("all goroutines are asleep - deadlock!");
}

// Takes the task to run next: runNext, unless it has run before a waiting queue
// RT_RUNNEXT_BUDGET times in a row (it then goes to the back), else the queue's head.
// (Thumb-2's parking spends the budget itself and calls here when it is gone.)
static rt_task *popRunnable(void) {
  rt_task *next = rt_runNext;
  if (next) {
    rt_runNext = NULL;
    if (!rt_runHead) { // nothing waits: nothing to bound
      rt_sched.runNextBudget = RT_RUNNEXT_BUDGET;
      return next;
    }
    if (--rt_sched.runNextBudget >= 0)
      return next;
    rt_readyLastInline(next);
  }
  rt_sched.runNextBudget = RT_RUNNEXT_BUDGET;
  next = rt_runHead;
  if (next && (rt_runHead = next->next) == NULL)
    rt_runTailp = &rt_runHead;
  return next;
}

static inline rt_task *makeCurrent(rt_task *next) {
  next->state = TASK_RUNNING;
  rt_current = next;
#if RT_STACK_GUARD
  RT_MPU_RBAR = next->guard;
#endif
#if RT_STACK_CHECK
  rt_stackLimit = next->stackLimit;
#endif
  return next;
}

// Runs due timers; while nothing is runnable, idles until the next timer (or deadlock).
static __attribute__((noinline)) rt_task *pickSlow(void) {
  rt_task *next;
  if (rt_timerHead)
    rt_timersRun(rt_archNanotime());
  while ((next = popRunnable()) == NULL) {
    if (!rt_timerHead)
      rt_deadlock();
    rt_archWaitUntil(rt_timerHead->when);
    rt_timersRun(rt_archNanotime());
  }
  return makeCurrent(next);
}

rt_task *rt_pickNext(void) {
#if !RT_STACK_GUARD // with the MPU guard an overflow has already faulted
  if (RT_UNLIKELY(*rt_current->stackBottom != RT_STACK_CANARY))
    rt_fatal("stack overflow");
#endif
  if (RT_UNLIKELY(rt_timerHead != NULL))
    return pickSlow();
  rt_task *next = popRunnable();
  if (!next)
    return pickSlow();
  return makeCurrent(next);
}

void rt_park(void) { rt_parkFrame(0, 0); }

void runtime_Gosched(void) {
  if (!rt_runHead && !rt_runNext && !rt_timerHead)
    return;
  rt_readyLastInline(rt_current); // like gc: a yielding goroutine goes to the end of the queue
  rt_parkFrame(0, 0);
}

void rt_taskExit(void) {
  rt_task *t = rt_current;
  t->state = TASK_DEAD;
  registryRemove(t);
  rt_task *next = rt_pickNext(); // may start AfterFunc goroutines: t's stack is still in use
  if (t != &mainTask)
    deadTask = t;
  rt_resumeTask(next);
}

static void taskStart(void) {
  rt_task *t = rt_current;
  t->entry(t->arg);
  rt_taskExit();
}

static uint32_t defaultStackSize(void) {
  uint32_t s = runtime_stackSize;
  return s ? s : 2048;
}

void runtime_spawn(void (*wrapper)(void *), void *block, uint32_t stackSize) {
  uint32_t size = stackSize ? stackSize : defaultStackSize();
  size = ((size + 7) & ~7u) + 2 * RT_STACK_GUARD; // room to align the guard
  rt_task *t;
  if (deadTask && deadTask->stackTop == (uint32_t *)((uint8_t *)deadTask + size)) {
    t = deadTask; // same size: reuse the stack of the last goroutine that exited
    deadTask = NULL;
    memset(t, 0, sizeof(rt_task));
  } else {
    t = rt_allocRaw(size, 1);
  }
  // Block layout: task record, [guard region, aligned], stack up to the end of the block.
  uintptr_t bottom = (uintptr_t)(t + 1);
#if RT_STACK_GUARD
  uintptr_t guard = (bottom + RT_STACK_GUARD - 1) & ~(uintptr_t)(RT_STACK_GUARD - 1);
  t->guard = (uint32_t)guard | 0x10 | RT_GUARD_REGION;
  bottom = guard + RT_STACK_GUARD;
#endif
  t->stackBottom = (uint32_t *)bottom;
  t->stackTop = (uint32_t *)((uint8_t *)t + size);
#if RT_STACK_CHECK
  t->stackLimit = (uint32_t)bottom + RT_STACK_MARGIN;
#endif
  *t->stackBottom = RT_STACK_CANARY;
  t->entry = wrapper;
  t->arg = block;
  t->id = nextId++;
  registryAdd(t);
  t->sp = rt_contextInit(t->stackTop, taskStart);
  rt_ready(t);
}

int32_t runtime_NumGoroutine(void *ctx) __asm__("runtime.numGoroutine");
int32_t runtime_NumGoroutine(void *ctx) {
  (void)ctx;
  return rt_numTasks;
}
