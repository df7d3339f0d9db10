// The conservative mark-sweep collector: every word of the globals, of each goroutine's live
// stack and saved registers, and of reachable heap objects that may hold pointers is treated
// as a possible pointer. Sweeping merges dead neighbours and rebuilds the free lists.
#include "internal.h"

void rt_freeChunk(rt_obj *o, uint32_t size);
void rt_clearFreeLists(void);

#define MARK_STACK 64
RT_NOINIT static rt_obj *markStack[MARK_STACK];
static int32_t markDepth;
static int32_t markOverflow;

rt_obj *rt_findObject(uint32_t addr) {
  uint8_t *a = (uint8_t *)(uintptr_t)addr;
  if (a < rt_heapBase || a >= rt_heapBump)
    return NULL;
  uint32_t g = (uint32_t)(a - rt_heapBase) / 8;
  int32_t w = (int32_t)(g >> 5);
  uint32_t bits = rt_startBits[w] & (0xffffffffu >> (31 - (g & 31)));
  while (!bits) {
    if (--w < 0)
      return NULL;
    bits = rt_startBits[w];
  }
  uint32_t start = (uint32_t)w * 32 + 31 - (uint32_t)__builtin_clz(bits);
  rt_obj *o = (rt_obj *)(rt_heapBase + start * 8);
  if (a >= (uint8_t *)o + (o->sizeFlags & ~HDR_FLAGS))
    return NULL;
  return o;
}

static void markAddr(uint32_t addr) {
  rt_obj *o = rt_findObject(addr);
  if (!o || (o->sizeFlags & (HDR_MARK | HDR_FREE)))
    return;
  o->sizeFlags |= HDR_MARK;
  if (o->sizeFlags & HDR_NOSCAN)
    return;
  if (markDepth < MARK_STACK)
    markStack[markDepth++] = o;
  else
    markOverflow = 1;
}

static void markRange(const void *start, const void *end) {
  const uint32_t *p = (const uint32_t *)(((uintptr_t)start + 3) & ~(uintptr_t)3);
  for (; (const void *)p < end; p++) {
    uint32_t v = *p;
    if ((uint8_t *)(uintptr_t)v >= rt_heapBase && (uint8_t *)(uintptr_t)v < rt_heapBump)
      markAddr(v);
  }
}

static void scanObject(rt_obj *o) {
  markRange(o + 1, (uint8_t *)o + (o->sizeFlags & ~HDR_FLAGS));
}

static void drain(void) {
  for (;;) {
    while (markDepth > 0)
      scanObject(markStack[--markDepth]);
    if (!markOverflow)
      return;
    // The mark stack overflowed: rescan every marked object to find unmarked children.
    markOverflow = 0;
    for (uint8_t *p = rt_heapBase; p < rt_heapBump;) {
      rt_obj *o = (rt_obj *)p;
      uint32_t f = o->sizeFlags;
      if ((f & (HDR_MARK | HDR_FREE | HDR_NOSCAN)) == HDR_MARK)
        scanObject(o);
      p += f & ~HDR_FLAGS;
    }
  }
}

static void scanCurrentStack(uint32_t *sp) {
  markRange(sp, rt_current->stackTop);
  drain();
}

static void markRoots(void) {
  markRange(_sdata, _edata);
  markRange(_sbss, _ebss);
  drain();
  for (rt_task *t = rt_allTasks; t; t = t->allNext) {
    markAddr((uint32_t)(uintptr_t)t); // the block holding the task and its stack
    markRange(t, t + 1);
    if (t != rt_current)
      markRange(t->sp, t->stackTop);
    drain();
  }
  rt_spillAndCall(scanCurrentStack);
}

static void clearStart(uint8_t *p) {
  uint32_t g = (uint32_t)(p - rt_heapBase) / 8;
  rt_startBits[g >> 5] &= ~(1u << (g & 31));
}

static void sweep(void) {
  rt_clearFreeLists();
  uint8_t *p = rt_heapBase;
  while (p < rt_heapBump) {
    rt_obj *o = (rt_obj *)p;
    uint32_t size = o->sizeFlags & ~HDR_FLAGS;
    if (o->sizeFlags & HDR_MARK) {
      o->sizeFlags &= ~HDR_MARK;
      p += size;
      continue;
    }
    uint8_t *run = p;
    while (p < rt_heapBump && !(((rt_obj *)p)->sizeFlags & HDR_MARK)) {
      rt_obj *d = (rt_obj *)p;
      uint32_t s = d->sizeFlags & ~HDR_FLAGS;
      if (!(d->sizeFlags & HDR_FREE)) {
        rt_stats.frees++;
        rt_stats.heapAlloc -= s;
      }
      if (p != run)
        clearStart(p);
      p += s;
    }
    if (p >= rt_heapBump) {
      clearStart(run);
      rt_heapBump = run;
    } else {
      rt_freeChunk((rt_obj *)run, (uint32_t)(p - run));
    }
  }
}

static int32_t finIsMarked(void *p) {
  rt_obj *o = rt_findObject((uint32_t)(uintptr_t)p);
  return !o || (o->sizeFlags & HDR_MARK);
}

static void finMarkChildren(void *p) {
  rt_obj *o = rt_findObject((uint32_t)(uintptr_t)p);
  if (o && !(o->sizeFlags & HDR_NOSCAN))
    scanObject(o);
  drain();
}

static void finMark(void *p) {
  markAddr((uint32_t)(uintptr_t)p);
  drain();
}

void rt_gcCollect(void) {
  if (runtime_gcMode != 0)
    return;
  markDepth = 0;
  markOverflow = 0;
  markRoots();
  if (rt_linkFinalizers)
    rt_finalizersMark(finIsMarked, finMarkChildren, finMark);
  sweep();
  rt_stats.numGC++;
  if (rt_linkFinalizers)
    rt_finalizersStart();
}

void runtime_GC(void) { rt_gcCollect(); }

// runtime.readMemStats fills a runtime.MemStats (same field order as the Go overlay).
typedef struct {
  uint64_t alloc, totalAlloc, sys, mallocs, frees, heapAlloc, heapSys, heapInuse, heapObjects;
  uint32_t numGC;
} rt_goMemStats;

void rt_readMemStats(rt_goMemStats *m, void *ctx) __asm__("runtime.readMemStats");
void rt_readMemStats(rt_goMemStats *m, void *ctx) {
  (void)ctx;
  m->alloc = m->heapAlloc = rt_stats.heapAlloc;
  m->totalAlloc = rt_stats.totalAlloc;
  m->sys = m->heapSys = (uint64_t)(rt_heapLimit - rt_heapBase);
  m->mallocs = rt_stats.mallocs;
  m->frees = rt_stats.frees;
  m->heapInuse = (uint64_t)(rt_heapBump - rt_heapBase);
  m->heapObjects = rt_stats.mallocs - rt_stats.frees;
  m->numGC = rt_stats.numGC;
}
