// The heap allocator: objects with an 8-byte header, bump-allocated from the heap region,
// reused through segregated free lists (exact size classes up to 256 bytes, one first-fit
// list above) that the collector rebuilds on every sweep. A bitmap marks object starts so
// the conservative collector can map any address to its object. The heap is set up by the
// first allocation.
#include "internal.h"

#define GRANULE 8u
#define SMALL_CLASSES 32 // free lists for 1..32 granules

uint8_t *rt_heapBase, *rt_heapBump, *rt_heapLimit;
uint32_t *rt_startBits;
rt_memstats rt_stats;
RT_NOINIT static rt_obj *smallFree[SMALL_CLASSES + 1]; // emptied by rt_heapInit
RT_NOINIT static rt_obj *largeFree;
static uint8_t zeroSized[8] __attribute__((aligned(8)));

void rt_clearFreeLists(void);

__attribute__((noinline)) void rt_heapInit(void) {
  uintptr_t start = ((uintptr_t)_heap_start + 7) & ~(uintptr_t)7;
  uintptr_t end = (uintptr_t)_heap_end & ~(uintptr_t)7;
  if (runtime_gcMode == 0) {
    // One bit per granule, for the whole region (a slight over-estimate).
    uint32_t words = (uint32_t)((end - start) / GRANULE + 31) / 32;
    rt_startBits = (uint32_t *)start;
    memset(rt_startBits, 0, words * 4);
    start = (start + words * 4 + 7) & ~(uintptr_t)7;
  }
  rt_heapBase = rt_heapBump = (uint8_t *)start;
  rt_heapLimit = (uint8_t *)end;
  rt_clearFreeLists();
}

uint32_t rt_heapTop(void) { return (uint32_t)(uintptr_t)rt_heapBump; }

static inline void setStart(rt_obj *o) {
  uint32_t g = (uint32_t)((uint8_t *)o - rt_heapBase) / GRANULE;
  rt_startBits[g >> 5] |= 1u << (g & 31);
}

// Puts a free chunk of size bytes at o on its list.
void rt_freeChunk(rt_obj *o, uint32_t size) {
  o->sizeFlags = size | HDR_FREE;
  uint32_t g = size / GRANULE;
  if (g <= SMALL_CLASSES) {
    o->next = smallFree[g];
    smallFree[g] = o;
  } else {
    o->next = largeFree;
    largeFree = o;
  }
}

void rt_clearFreeLists(void) {
  for (int i = 0; i <= SMALL_CLASSES; i++)
    smallFree[i] = NULL;
  largeFree = NULL;
}

// Takes a chunk of at least size bytes from the free lists, splitting off the rest.
static rt_obj *fromFreeLists(uint32_t size) {
  uint32_t g = size / GRANULE;
  rt_obj *o = NULL;
  if (g <= SMALL_CLASSES && smallFree[g]) {
    o = smallFree[g];
    smallFree[g] = o->next;
    return o;
  }
  for (uint32_t c = g + 1; c <= SMALL_CLASSES && !o; c++) {
    if (smallFree[c]) {
      o = smallFree[c];
      smallFree[c] = o->next;
    }
  }
  if (!o) {
    for (rt_obj **pp = &largeFree; *pp; pp = &(*pp)->next) {
      if (((*pp)->sizeFlags & ~HDR_FLAGS) >= size) {
        o = *pp;
        *pp = o->next;
        break;
      }
    }
  }
  if (!o)
    return NULL;
  uint32_t have = o->sizeFlags & ~HDR_FLAGS;
  if (have > size) {
    rt_obj *rest = (rt_obj *)((uint8_t *)o + size);
    setStart(rest);
    rt_freeChunk(rest, have - size);
  }
  return o;
}

static rt_obj *bump(uint32_t size) {
  if ((uint32_t)(rt_heapLimit - rt_heapBump) < size)
    return NULL;
  rt_obj *o = (rt_obj *)rt_heapBump;
  rt_heapBump += size;
  return o;
}

static void outOfMemory(void) __attribute__((noreturn));
static void outOfMemory(void) { rt_fatal("runtime: out of memory"); }

void *rt_allocRaw(uint32_t size, int32_t noscan) {
  if (RT_UNLIKELY(!rt_heapLimit))
    rt_heapInit();
  if (size == 0)
    return zeroSized;
  if (size > 0x7ffffff0u)
    outOfMemory();
  uint32_t total = (size + sizeof(rt_obj) + GRANULE - 1) & ~(GRANULE - 1);
  rt_obj *o;
  if (runtime_gcMode != 0) {
    o = bump(total);
    if (!o)
      outOfMemory();
  } else {
    o = fromFreeLists(total);
    if (!o)
      o = bump(total);
    if (!o) {
      rt_gcCollect();
      o = fromFreeLists(total);
      if (!o)
        o = bump(total);
      if (!o)
        outOfMemory();
    }
    setStart(o); // free chunks are split to exactly `total` bytes
  }
  o->sizeFlags = total | (noscan ? HDR_NOSCAN : 0);
  o->next = NULL;
  memset(o + 1, 0, total - sizeof(rt_obj));
  rt_stats.heapAlloc += total;
  rt_stats.totalAlloc += total;
  rt_stats.mallocs++;
  return o + 1;
}

// For the collector itself (between mark and sweep): no collection, NULL when full. The
// caller marks the block so the sweep keeps it.
void *rt_allocDuringGC(uint32_t size) {
  uint32_t total = (size + sizeof(rt_obj) + GRANULE - 1) & ~(GRANULE - 1);
  rt_obj *o = fromFreeLists(total);
  if (!o)
    o = bump(total);
  if (!o)
    return NULL;
  setStart(o);
  o->sizeFlags = total;
  o->next = NULL;
  memset(o + 1, 0, total - sizeof(rt_obj));
  rt_stats.heapAlloc += total;
  rt_stats.totalAlloc += total;
  rt_stats.mallocs++;
  return o + 1;
}

// A type without pointers need not be scanned by the collector.
static int32_t hasNoPointers(const go_type *t) {
  while (t) {
    switch (t->kind) {
    case GO_KIND_BOOL: case GO_KIND_INT: case GO_KIND_INT8: case GO_KIND_INT16:
    case GO_KIND_INT32: case GO_KIND_INT64: case GO_KIND_UINT: case GO_KIND_UINT8:
    case GO_KIND_UINT16: case GO_KIND_UINT32: case GO_KIND_UINT64: case GO_KIND_UINTPTR:
    case GO_KIND_FLOAT32: case GO_KIND_FLOAT64: case GO_KIND_COMPLEX64: case GO_KIND_COMPLEX128:
      return 1;
    case GO_KIND_ARRAY:
      t = t->elem;
      break;
    default:
      return 0;
    }
  }
  return 0;
}

// With -gc=none the front end rejects every allocation of the program at compile time;
// what remains (panic values built by the runtime) is bump-allocated.
// noinline: the compiler recognises its calls (stack allocation and the errors of -gc=none).
__attribute__((noinline)) void *runtime_alloc(uint32_t size, const go_type *layoutOrNull) {
  return rt_allocRaw(size, hasNoPointers(layoutOrNull));
}
