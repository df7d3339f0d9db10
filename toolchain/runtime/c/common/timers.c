// The timer queue: a list sorted by deadline, shared by sleeping goroutines and by the
// time package's Timer/Ticker/After (which send the time on a channel). The scheduler runs
// due timers whenever it picks the next goroutine.
#include "internal.h"

void rt_timerAdd(rt_timer *t) {
  rt_timer **pp = &rt_timerHead;
  while (*pp && (*pp)->when <= t->when)
    pp = &(*pp)->next;
  t->next = *pp;
  *pp = t;
  t->active = 1;
}

int32_t rt_timerRemove(rt_timer *t) {
  if (!t->active)
    return 0;
  for (rt_timer **pp = &rt_timerHead; *pp; pp = &(*pp)->next) {
    if (*pp == t) {
      *pp = t->next;
      break;
    }
  }
  t->active = 0;
  t->next = NULL;
  return 1;
}

void rt_timersRun(int64_t now) {
  rt_timer *t;
  while ((t = rt_timerHead) != NULL && t->when <= now) {
    rt_timerHead = t->next;
    t->next = NULL;
    t->active = 0;
    t->fire(t, now);
  }
}

static void wakeTask(rt_timer *t, int64_t now) {
  (void)now;
  rt_ready(t->arg);
}

// Timers of the time package: Timer, After and Ticker send the time on a channel (a Ticker
// then sets itself up again; ticks a slow receiver missed are dropped, like gc's), AfterFunc
// starts its function in a new goroutine.
// A time.Time as the time package lays it out (time.go): seconds from January 1 of year 1
// and nanoseconds, here the Unix epoch's seconds and the nanoseconds since reset.
typedef struct {
  int64_t sec;
  int64_t ns;
} rt_goTime;
#define RT_UNIX_TO_INTERNAL 62135596800ll

static void sendTime(rt_timer *t, int64_t now) {
  rt_goTime value = {RT_UNIX_TO_INTERNAL, now};
  rt_chanTryPut(t->arg, &value);
  if (t->period > 0) {
    int64_t when = t->when + t->period;
    if (when <= now)
      when += t->period * ((now - when) / t->period + 1);
    t->when = when;
    rt_timerAdd(t);
  }
}

static void afterFuncStart(void *fn) {
  void **fv = fn;
  ((void (*)(void *))fv[1])(fv[0]);
}

static void startFunc(rt_timer *t, int64_t now) {
  (void)now;
  runtime_spawn(afterFuncStart, t->arg, 0);
}

void rt_timeSendsOn(rt_timer *t, go_chan *c, void *ctx) __asm__("time.timerSendsOn");
void rt_timeSendsOn(rt_timer *t, go_chan *c, void *ctx) {
  (void)ctx;
  t->fire = sendTime;
  t->arg = c;
}

void rt_timeStartsFunc(rt_timer *t, void *fn, void *ctx) __asm__("time.timerStartsFunc");
void rt_timeStartsFunc(rt_timer *t, void *fn, void *ctx) {
  (void)ctx;
  t->fire = startFunc;
  t->arg = fn;
}

int64_t runtime_nanotime(void) { return rt_archNanotime(); }

// The main goroutine of a program without others sleeps right here, still firing the time
// package's timers (their channels) when they are due.
static void sleepAlone(int64_t ns) {
#ifdef RT_TIME_IRQ
  if (!rt_linkClock) {
    rt_boardSleepUnclocked(ns);
    return;
  }
#endif
  int64_t when = rt_archNanotime() + ns;
  for (;;) {
    int64_t now = rt_archNanotime();
    rt_timer *next = rt_linkTimers ? rt_timerHead : NULL;
    if (next) {
      rt_timersRun(now);
      next = rt_timerHead;
    }
    if (now >= when)
      return;
    rt_archWaitUntil(next && next->when < when ? next->when : when);
  }
}

void runtime_sleep(int64_t ns) {
  if (ns <= 0) {
    runtime_Gosched();
    return;
  }
  if (!rt_linkGoroutines) {
    sleepAlone(ns);
    return;
  }
  rt_timer t = {0};
  t.when = rt_archNanotime() + ns;
  t.fire = wakeTask;
  t.arg = rt_current;
  rt_timerAdd(&t);
  rt_current->stateAndReason = RT_BLOCKED(WAIT_SLEEP);
  rt_park();
}

// Bodyless functions of the time package overlay.
int64_t rt_timeNano(void *ctx) __asm__("time.runtimeNano");
int64_t rt_timeNano(void *ctx) {
  (void)ctx;
  return rt_archNanotime();
}

void rt_timeSleep(int64_t ns, void *ctx) __asm__("time.Sleep");
void rt_timeSleep(int64_t ns, void *ctx) {
  (void)ctx;
  runtime_sleep(ns);
}

void rt_timeStart(rt_timer *t, void *ctx) __asm__("time.startTimer");
void rt_timeStart(rt_timer *t, void *ctx) {
  (void)ctx;
  rt_timerRemove(t);
  rt_timerAdd(t);
}

int32_t rt_timeStop(rt_timer *t, void *ctx) __asm__("time.stopTimer");
int32_t rt_timeStop(rt_timer *t, void *ctx) {
  (void)ctx;
  return rt_timerRemove(t);
}
