// Finalizers (runtime.SetFinalizer): a table of (object, func value) pairs that does not
// keep objects alive. When a collection finds an object with a finalizer unreachable, it
// keeps it (and what it references) for one more cycle and runs the finalizer in a new
// goroutine, in gc's order: an object referenced by another finalizable object waits until
// that one has been finalized.
#include "internal.h"

typedef struct {
  void *obj;
  void *ctx; // func value: closure context and code
  void (*fn)(void *obj, void *ctx);
} rt_finalizer;

static rt_finalizer *table;   // heap block without pointer scanning: objects stay collectable
static int32_t count, capacity;
static rt_finalizer *ready;   // finalizers to run, handed to a goroutine after the sweep
static int32_t readyCount;

static int32_t find(void *obj) {
  for (int32_t i = 0; i < count; i++)
    if (table[i].obj == obj)
      return i;
  return -1;
}

// Go: setFinalizer(obj unsafe.Pointer, fn *func-value or nil).
void rt_setFinalizer(void *obj, void **fnValue, void *ctx) __asm__("runtime.setFinalizer");
void rt_setFinalizer(void *obj, void **fnValue, void *ctx) {
  (void)ctx;
  int32_t i = find(obj);
  if (!fnValue || !fnValue[1]) {
    if (i >= 0)
      table[i] = table[--count];
    return;
  }
  if (i < 0) {
    if (count == capacity) {
      int32_t newCap = capacity ? capacity * 2 : 16;
      rt_finalizer *t = rt_allocRaw((uint32_t)newCap * sizeof(rt_finalizer), 1);
      if (count)
        memcpy(t, table, (size_t)count * sizeof(rt_finalizer));
      table = t;
      capacity = newCap;
    }
    i = count++;
  }
  table[i].obj = obj;
  table[i].ctx = fnValue[0];
  table[i].fn = (void (*)(void *, void *))fnValue[1];
}

// The goroutine that runs one collection's finalizers (the list ends with a zero entry).
static void runFinalizers(void *block) {
  rt_finalizer *list = block;
  for (int32_t i = 0; list[i].fn; i++)
    list[i].fn(list[i].obj, list[i].ctx);
}

// Called by the collector after marking the roots, with its marking helpers.
void rt_finalizersMark(int32_t (*isMarked)(void *), void (*markChildren)(void *),
                       void (*mark)(void *)) {
  if (count == 0)
    return;
  mark(table);
  for (int32_t i = 0; i < count; i++)
    mark(table[i].ctx);
  for (int32_t i = 0; i < count; i++)
    if (!isMarked(table[i].obj))
      markChildren(table[i].obj);
  readyCount = 0;
  for (int32_t i = 0; i < count; i++)
    if (!isMarked(table[i].obj))
      readyCount++;
  if (readyCount == 0)
    return;
  ready = rt_allocDuringGC((uint32_t)(readyCount + 1) * sizeof(rt_finalizer));
  if (!ready)
    return; // no memory for the list now: the finalizers run after a later collection
  int32_t k = 0;
  for (int32_t i = 0; i < count;) {
    if (!isMarked(table[i].obj)) {
      ready[k++] = table[i];
      mark(table[i].obj);
      table[i] = table[--count];
    } else {
      i++;
    }
  }
  mark(ready);
}

// Called after the sweep: starts the goroutine that runs this cycle's finalizers.
void rt_finalizersStart(void) {
  if (!ready)
    return;
  rt_finalizer *list = ready;
  ready = NULL;
  runtime_spawn(runFinalizers, list, 0);
}
