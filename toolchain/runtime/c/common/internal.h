// Declarations shared by the runtime's C files (not part of the front-end contract).
#pragma once
#include "abi.h"

#define RT_NORETURN __attribute__((noreturn))
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
// Runtime scratch that is set up before each use and never holds the only reference to a
// heap object: not zeroed at start-up, not scanned by the GC (the linker scripts' .noinit).
#define RT_NOINIT __attribute__((section(".noinit")))
// Printing and error reporting: as small as it can be (the console is slower than any loop).
#define RT_SMALL __attribute__((minsize))

// ---- Link flags ---------------------------------------------------------------------
// Declared here, defined by the compiler from the whole linked program
// (toolchain/core/whole_program.cpp): 0 lets the optimiser drop what the feature needs.
extern const int32_t rt_linkDefer __asm__("marmot.link.defer");            // some function defers
extern const int32_t rt_linkFloatTypes __asm__("marmot.link.floatTypes"); // a float type is boxed
extern const int32_t rt_linkGoroutines __asm__("marmot.link.goroutines"); // a go statement
extern const int32_t rt_linkFinalizers __asm__("marmot.link.finalizers"); // SetFinalizer is used
extern const int32_t rt_linkTimers __asm__("marmot.link.timers"); // a timer can be queued
extern const int32_t rt_linkClock __asm__("marmot.link.clock"); // time is read (Now, timers)
// From the build request: the firmware runs on the emulator, whose virtual board reads
// and sets pins over the pin channel (pins.c); 0 for firmware flashed to a real board.
extern const int32_t rt_linkHostPins __asm__("marmot.link.hostPins");
// From the build request (-panic=trap): an unrecovered panic or a fault ends the program
// with status 2 and prints nothing, so none of the reporting code is linked.
extern const int32_t rt_linkPanicTrap __asm__("marmot.link.panicTrap");

// ---- Linker-script symbols ----------------------------------------------------------
extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[];
extern uint32_t _stack_bottom[], _stack_top[]; // main goroutine stack
extern uint32_t _heap_start[], _heap_end[];

// ---- mem.c ---------------------------------------------------------------------------
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

// ---- print.c -------------------------------------------------------------------------
void rt_print(const char *s);           // NUL-terminated C string
void rt_printHex(uint32_t v);
void rt_printPos(const go_pos *pos);    // "\n\tat FILE:LINE" when pos != NULL
RT_NORETURN void rt_fatal(const char *msg); // "fatal error: msg", exit 2
void rt_stderrBegin(void); // frame console text meant for the host's stderr (abi.h)
void rt_stderrEnd(void);
// Starts the report of an error that ends the program (a panic nobody recovered, a fatal
// error, a fault): with -panic=trap the program ends right here, quietly; otherwise the
// report goes to stderr (rt_stderrEnd closes it).
__attribute__((always_inline)) static inline void rt_beginFatalReport(void) {
  if (rt_linkPanicTrap)
    runtime_exit(2);
  rt_stderrBegin();
}

// ---- alloc.c / gc.c --------------------------------------------------------------------
// Heap objects: an 8-byte header (size in bytes incl. header | flags, then a free-list
// link) followed by the payload, 8-byte aligned.
#define HDR_MARK 1u
#define HDR_FREE 2u
#define HDR_NOSCAN 4u
#define HDR_FLAGS 7u
typedef struct rt_obj {
  uint32_t sizeFlags;
  struct rt_obj *next; // free-list link while free
} rt_obj;
void rt_heapInit(void);
void *rt_allocRaw(uint32_t size, int32_t noscan); // zeroed; for stacks and internals
void *rt_allocDuringGC(uint32_t size);             // zeroed, never collects; NULL if full
uint32_t rt_heapTop(void);
void rt_gcCollect(void);
rt_obj *rt_findObject(uint32_t addr); // object containing addr, or NULL
void rt_finalizersMark(int32_t (*isMarked)(void *), void (*markChildren)(void *), void (*mark)(void *));
void rt_finalizersStart(void);
void rt_sweepRebuild(void);
extern uint8_t *rt_heapBase, *rt_heapBump, *rt_heapLimit;
extern uint32_t *rt_startBits;
typedef struct {
  uint64_t totalAlloc, mallocs, frees;
  uint32_t heapAlloc, numGC;
} rt_memstats;
extern rt_memstats rt_stats;

// ---- Stack guards -------------------------------------------------------------------------
// On ARMv7-M (lm3s6965, mps2) an MPU region without access sits just below the running
// goroutine's stack and moves with every switch: an overflow faults at once. Reset_Handler
// turns it on below the main goroutine's stack, at the bottom of RAM (QEMU ignores stores
// below the lm3s6965's RAM, and the mps2 has memory there).
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
#define RT_STACK_GUARD 32u // bytes, naturally aligned
#define RT_MPU_RBAR (*(volatile uint32_t *)0xE000ED9C)
#define RT_GUARD_REGION 7u
// MPU_RASR of the region: no access, never executable, 2^5 bytes, enabled. Everything else
// keeps the default memory map (MPU_CTRL.PRIVDEFENA), so only the guard changes behaviour.
#define RT_GUARD_RASR ((1u << 28) | (4u << 1) | 1u)
#else
#define RT_STACK_GUARD 0u
#endif

// Elsewhere (Cortex-M0, RISC-V) the compiler checks in software (toolchain/core/stack_check.cpp):
// the prologue of every Go function that calls others or has a large frame compares sp with
// rt_stackLimit and calls rt_stackOverflow (the arch's context.c) when it is below. The
// compiler finds both by the symbols below. A goroutine's limit is its stack's bottom plus
// RT_STACK_MARGIN bytes, room for what runs unchecked below a checked frame: a small leaf
// function, or a chain of C runtime calls down to the next Go function (a run-time panic
// whose message makes the heap collect is the deepest: keep big buffers off the stack),
// plus on the M0 an exception frame (32 bytes stacked on the goroutine's stack). The main
// goroutine's limit is 0: its stack sits at the bottom of RAM, where an overflow faults
// (below RAM on the M0, into the ROM that a locked PMP entry protects on RISC-V). The limit
// moves with the stack: at every switch (makeCurrent, from rt_task.stackLimit) and around
// the interrupt handlers, which run on a stack of their own. The canary at the bottom stays,
// checked at every switch.
// The margins hold the deepest such chain found in a program using fmt, strconv, maps and
// recovered run-time errors (frame sizes from LLVM's stack-size section, the call graph from
// the object code): about 220 bytes on the M0 with its exception frame, 300 on RISC-V.
#if !RT_STACK_GUARD
#define RT_STACK_CHECK 1
#if defined(__riscv)
#define RT_STACK_MARGIN 384u
#else
#define RT_STACK_MARGIN 256u
#endif
extern uint32_t *const rt_stackLimitAddress __asm__("marmot.stackLimit"); // &rt_stackLimit
RT_NORETURN void rt_stackOverflow(void) __asm__("marmot.stackOverflow");
#else
#define RT_STACK_CHECK 0
#endif

// ---- arch ----------------------------------------------------------------------------
int64_t rt_archNanotime(void);
void rt_archWaitUntil(int64_t when); // idle (WFI) until about `when` or an interrupt
#ifdef RT_TIME_IRQ
// Boards with their own time source: sleeps at least ns in a program that never reads the
// clock (!rt_linkClock), without keeping time or taking the time interrupt.
void rt_boardSleepUnclocked(int64_t ns);
#endif
int32_t rt_archInInterrupt(void); // running an exception handler
uint32_t rt_archDisableInterrupts(void);
void rt_archRestoreInterrupts(uint32_t state);
// Parking and resuming a task (its saved frame) are declared in sched.h.
// Builds the initial frame of a new task so that resuming it calls entry.
uint32_t *rt_contextInit(uint32_t *stackTop, void (*entry)(void));
// Spills callee-saved registers to buf and calls fn (for the GC's stack scan).
void rt_spillAndCall(void (*fn)(uint32_t *sp));
RT_NORETURN void rt_longjmp(uint32_t *jmpbuf);
// Semihosting (ARM / RISC-V): returns r0/a0. Returns -1 when unavailable.
int32_t rt_semihost(uint32_t op, const void *arg);

// ---- scheduler.c -----------------------------------------------------------------------
enum { TASK_RUNNING, TASK_RUNNABLE, TASK_BLOCKED, TASK_DEAD };
typedef struct rt_timer rt_timer;
typedef struct rt_task {
  uint32_t *sp;                // its parked frame while not running (sched.h)
  struct rt_task *next;        // run queue link, or wait queue link while blocked (chan.h)
  struct rt_task *allNext;     // registry of live goroutines
  struct rt_task *allPrev;
  union {
    struct {
      uint8_t state;           // TASK_*
      uint8_t waitReason;      // enum rt_wait, while TASK_BLOCKED
    };
    uint16_t stateAndReason;   // both in one store on the fast paths
  };
  uint8_t panicking;
  uint8_t goexiting;           // runtime.Goexit is running the deferred calls
  // defer / panic
  go_defer_frame *deferTop;
  go_defer_frame *panicFrame;
  const go_type *panicType;
  void *panicData;
  const go_pos *panicPos;
  // goroutine entry and stack bounds (registry for debugger / profiler / GC)
  void (*entry)(void *);
  void *arg;
  uint32_t id;                 // id to guard: one stm at reset (arch/cortexm/startup.c)
  uint32_t *stackBottom;       // first usable word (holds the canary)
  uint32_t *stackTop;
  union {                      // what every switch to the task loads:
    uint32_t guard;            // MPU RBAR value of the stack's guard region (0: none)
    uint32_t stackLimit;       // without a guard: rt_stackLimit while it runs (0: unchecked)
  };
} rt_task;
enum rt_wait { WAIT_NONE, WAIT_CHAN_SEND, WAIT_CHAN_RECV, WAIT_SELECT, WAIT_SLEEP, WAIT_NIL_CHAN, WAIT_SEMA };
#define RT_BLOCKED(reason) ((uint16_t)(TASK_BLOCKED | (reason) << 8))
#define RT_STACK_CANARY 0xA5A5A5A5u // a Thumb-2 immediate: checked in one compare
extern rt_task *rt_allTasks;
extern int32_t rt_numTasks;
// Scheduler state in one object, so the fast paths address it from a single base.
typedef struct {
  rt_task *current;
  rt_task *runNext;   // runs before the queue (like gc's runnext): the task woken last
  rt_timer *timerHead;
  rt_task *runHead;
  rt_task **runTailp; // &last->next, or &runHead when the queue is empty
  int32_t runNextBudget; // picks runNext may still take in a row (fairness: scheduler.c)
#if RT_STACK_CHECK
  uint32_t stackLimit; // of the running stack, for the compiler's checks (above)
#endif
} rt_sched_state; // Thumb-2 parking loads the first four with one ldm (arch/cortexm)
extern rt_sched_state rt_sched;
#define rt_stackLimit (rt_sched.stackLimit)
#define rt_current (rt_sched.current)
#define rt_runHead (rt_sched.runHead)
#define rt_runTailp (rt_sched.runTailp)
#define rt_timerHead (rt_sched.timerHead)
#define rt_runNext (rt_sched.runNext)
// runNext may run before the queue this many times in a row; then the queue's head runs
// (gc bounds the same chain by a time slice), so two goroutines handing each other work
// cannot starve the rest. The budget counts down from it and starts full (the reset code
// or rt_schedInit).
#define RT_RUNNEXT_BUDGET 255
// The main goroutine's record. On ARMv7-M the reset code gives it and rt_sched their first
// values (arch/cortexm/startup.c); elsewhere rt_schedInit does.
extern rt_task rt_mainTask;
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__)
#define RT_RESET_STARTS_MAIN 1
#else
#define RT_RESET_STARTS_MAIN 0
#endif
void rt_schedInit(void);
void rt_ready(rt_task *t);          // makes t runnable: it runs next (gc's order)
void rt_readyLast(rt_task *t);      // makes t runnable at the end of the queue
void rt_park(void);                 // blocks the current task until rt_ready(it)
RT_NORETURN void rt_taskExit(void); // ends the current goroutine
RT_NORETURN void rt_deadlock(void);

// ---- timers.c --------------------------------------------------------------------------
// Same layout as time.runtimeTimer in the Go overlay (int64 fields first). What firing
// does is a function chosen by whoever set the timer up, so a program links only the kinds
// of timer it uses (sleep wakes a task; the time package sends on a channel or starts f).
struct rt_timer {
  int64_t when;
  int64_t period;   // > 0 for tickers
  rt_timer *next;
  void (*fire)(rt_timer *t, int64_t now); // called once due, after t left the queue
  void *arg;        // the task to wake, the channel, or the *func() of AfterFunc
  int32_t active;
};
void rt_timerAdd(rt_timer *t);
int32_t rt_timerRemove(rt_timer *t);
void rt_timersRun(int64_t now);     // fires every due timer

// ---- chan.c ----------------------------------------------------------------------------
int32_t rt_chanTryPut(go_chan *c, const void *elem); // non-blocking, for timers: 0 when full or closed

// ---- panic.c ---------------------------------------------------------------------------
RT_NORETURN void rt_panicMessage(const char *msg, const go_pos *pos); // "runtime error: " + msg
RT_NORETURN void rt_panicString(const char *msg, const go_pos *pos);  // runtime.Error(msg)

// ---- pins.c ------------------------------------------------------------------------------
void rt_semihostPinReport(const char *line, int32_t len); // host file marmot-pins.log
int32_t rt_semihostPinPoll(char *buf, int32_t max);       // host file marmot-pins-in.log
