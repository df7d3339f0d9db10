// Maps: a hash table of 8-slot buckets with overflow chains, keys compared and hashed
// through their type descriptor. Iteration walks the bucket array it started on; after the
// map grew it looks each key up in the current table, so deleted entries are never
// produced and values are current.
#include "internal.h"

#define SLOTS 8
#define MAX_LOAD_NUM 13 // grow above 6.5 entries per bucket
#define MAX_LOAD_DEN 2

typedef struct bucket {
  uint8_t tophash[SLOTS]; // 0: empty slot
  struct bucket *overflow;
  uint32_t pad;
  // then SLOTS keys, then SLOTS values
} bucket;

struct go_map {
  const go_type *keyType;
  const go_type *valType;
  uint32_t keyStride, valStride, valOffset, bucketSize;
  go_int count;
  uint32_t B; // log2 of the number of buckets
  uint8_t *buckets;
  uint32_t seed;
};

typedef struct {
  uint8_t *buckets; // the array this iteration walks
  uint32_t index;   // bucket index
  bucket *cur;
  uint32_t slotAndB; // slot | B << 8
} map_iter;
_Static_assert(sizeof(map_iter) <= RUNTIME_MAP_ITER_SIZE, "map iterator too large");

static uint32_t alignUp(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

static uint32_t typeAlign(const go_type *t) {
  uint32_t a = t && t->align ? t->align : 4;
  return a < 4 ? 4 : a;
}

go_map *runtime_mapMake(const go_type *key, const go_type *value, go_int hint) {
  go_map *m = rt_allocRaw(sizeof(go_map), 0);
  m->keyType = key;
  m->valType = value;
  uint32_t ks = key ? key->size : 0, vs = value ? value->size : 0;
  m->keyStride = alignUp(ks, typeAlign(key));
  m->valStride = alignUp(vs, typeAlign(value));
  m->valOffset = alignUp(sizeof(bucket) + SLOTS * m->keyStride, typeAlign(value));
  m->bucketSize = alignUp(m->valOffset + SLOTS * m->valStride, 8);
  static uint32_t seeds = 0x2545F491u;
  seeds = seeds * 1103515245u + 12345u;
  m->seed = seeds;
  uint32_t b = 0;
  while (b < 24 && hint > 0 && (uint32_t)hint * MAX_LOAD_DEN > ((uint32_t)MAX_LOAD_NUM << b))
    b++;
  m->B = b;
  return m;
}

go_int runtime_mapLen(go_map *m) { return m ? m->count : 0; }

static inline bucket *bucketAt(go_map *m, uint8_t *arr, uint32_t i) {
  return (bucket *)(arr + i * m->bucketSize);
}
static inline void *keyAt(go_map *m, bucket *b, uint32_t s) {
  return (uint8_t *)b + sizeof(bucket) + s * m->keyStride;
}
static inline void *valAt(go_map *m, bucket *b, uint32_t s) {
  return (uint8_t *)b + m->valOffset + s * m->valStride;
}

static inline uint8_t tophashOf(uint32_t h) {
  uint8_t t = (uint8_t)(h >> 24);
  return t ? t : 1;
}

static uint32_t hashKey(go_map *m, const void *key) {
  const go_type *t = m->keyType;
  if (t->kind != GO_KIND_STRING && t->kind != GO_KIND_INTERFACE && t->kind < GO_KIND_FLOAT32 &&
      t->size == 4) { // fast path for 32-bit integer keys
    uint32_t h = (*(const uint32_t *)key ^ m->seed) * 0x9E3779B1u;
    return h ^ (h >> 15);
  }
  return runtime_hashValue(t, key, m->seed);
}

static inline int32_t keyEqual(go_map *m, const void *a, const void *b) {
  const go_type *t = m->keyType;
  if (t->size == 4 && t->kind < GO_KIND_FLOAT32)
    return *(const uint32_t *)a == *(const uint32_t *)b;
  return runtime_equalValue(t, a, b);
}

// Finds key; returns the bucket and slot through the out parameters.
static int32_t find(go_map *m, const void *key, uint32_t h, bucket **bOut, uint32_t *sOut) {
  if (!m->buckets)
    return 0;
  uint8_t th = tophashOf(h);
  for (bucket *b = bucketAt(m, m->buckets, h & ((1u << m->B) - 1)); b; b = b->overflow) {
    for (uint32_t s = 0; s < SLOTS; s++) {
      if (b->tophash[s] == th && keyEqual(m, keyAt(m, b, s), key)) {
        *bOut = b;
        *sOut = s;
        return 1;
      }
    }
  }
  return 0;
}

// Like gc (Go issue 23734), a lookup or delete in an empty map still hashes a key whose hash
// may panic, so an unhashable dynamic key (a slice in an interface) panics there too. (For a
// nil map the compiler emits the hash: maps.go, hashKeyIfNil.)
static void hashIfMayPanic(go_map *m, const void *key) {
  uint8_t k = m->keyType->kind;
  if (k == GO_KIND_INTERFACE || k == GO_KIND_STRUCT || k == GO_KIND_ARRAY)
    runtime_hashValue(m->keyType, key, 0);
}

void *runtime_mapLookup(go_map *m, const void *key) {
  if (!m)
    return NULL;
  if (m->count == 0) {
    hashIfMayPanic(m, key);
    return NULL;
  }
  bucket *b;
  uint32_t s;
  if (find(m, key, hashKey(m, key), &b, &s))
    return valAt(m, b, s);
  return NULL;
}

// Puts a new key into the table (known to be absent); returns the value slot.
static void *insert(go_map *m, const void *key, uint32_t h) {
  uint8_t th = tophashOf(h);
  bucket *b = bucketAt(m, m->buckets, h & ((1u << m->B) - 1));
  for (;;) {
    for (uint32_t s = 0; s < SLOTS; s++) {
      if (b->tophash[s] == 0) {
        b->tophash[s] = th;
        memcpy(keyAt(m, b, s), key, m->keyType->size);
        return valAt(m, b, s);
      }
    }
    if (!b->overflow)
      b->overflow = rt_allocRaw(m->bucketSize, 0);
    b = b->overflow;
  }
}

static void grow(go_map *m) {
  uint8_t *old = m->buckets;
  uint32_t oldN = old ? 1u << m->B : 0;
  if (old)
    m->B++;
  m->buckets = rt_allocRaw(m->bucketSize << m->B, 0);
  for (uint32_t i = 0; i < oldN; i++) {
    for (bucket *b = bucketAt(m, old, i); b; b = b->overflow) {
      for (uint32_t s = 0; s < SLOTS; s++) {
        if (b->tophash[s]) {
          void *k = keyAt(m, b, s);
          void *v = insert(m, k, hashKey(m, k));
          memcpy(v, valAt(m, b, s), m->valType->size);
        }
      }
    }
  }
}

void *runtime_mapAssign(go_map *m, const void *key, const go_pos *pos) {
  if (!m)
    rt_panicString("assignment to entry in nil map", pos);
  uint32_t h = hashKey(m, key);
  bucket *b;
  uint32_t s;
  if (find(m, key, h, &b, &s)) {
    // Like gc, an assignment also stores the key when equal keys can differ (+0 and -0,
    // floats inside interfaces and structs): m[-0.0] = v after m[0.0] leaves the key -0.
    if (!(m->keyType->flags & 1))
      memcpy(keyAt(m, b, s), key, m->keyType->size);
    return valAt(m, b, s);
  }
  if (!m->buckets || (uint32_t)m->count * MAX_LOAD_DEN >= ((uint32_t)MAX_LOAD_NUM << m->B))
    grow(m);
  m->count++;
  return insert(m, key, h);
}

void runtime_mapDelete(go_map *m, const void *key) {
  if (!m)
    return;
  if (m->count == 0) {
    hashIfMayPanic(m, key);
    return;
  }
  bucket *b;
  uint32_t s;
  if (!find(m, key, hashKey(m, key), &b, &s))
    return;
  b->tophash[s] = 0;
  memset(keyAt(m, b, s), 0, m->keyStride);
  memset(valAt(m, b, s), 0, m->valStride);
  m->count--;
}

void runtime_mapClear(go_map *m) {
  if (!m)
    return;
  m->buckets = NULL; // running iterations keep the old array and find nothing in the new
  m->count = 0;
}

int32_t runtime_mapNext(go_map *m, void *itp, void **keyOut, void **valueOut) {
  map_iter *it = itp;
  if (!m)
    return 0;
  if (!it->buckets) {
    if (!m->buckets || it->index)
      return 0;
    it->buckets = m->buckets;
    it->cur = (bucket *)m->buckets;
    it->slotAndB = m->B << 8;
  }
  uint32_t B = it->slotAndB >> 8, slot = it->slotAndB & 0xff;
  for (;;) {
    while (it->cur) {
      bucket *b = it->cur;
      while (slot < SLOTS) {
        uint32_t s = slot++;
        if (!b->tophash[s])
          continue;
        void *k = keyAt(m, b, s);
        if (it->buckets != m->buckets) { // the map grew or was cleared: use the live entry
          bucket *lb;
          uint32_t ls;
          if (!find(m, k, hashKey(m, k), &lb, &ls))
            continue;
          b = lb, s = ls;
          k = keyAt(m, b, s);
        }
        it->slotAndB = (B << 8) | slot;
        *keyOut = k;
        *valueOut = valAt(m, b, s);
        return 1;
      }
      it->cur = it->cur->overflow;
      slot = 0;
    }
    if (++it->index >= (1u << B)) {
      it->slotAndB = B << 8;
      return 0;
    }
    it->cur = bucketAt(m, it->buckets, it->index);
    slot = 0;
  }
}
