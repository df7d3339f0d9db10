// Equality and hashing of values by type descriptor, for interface comparison and map keys.
// Interface data words hold pointer-shaped values (pointer, map, chan, unsafe.Pointer)
// directly and point to every other value.
#include "internal.h"

static int32_t pointerShaped(const go_type *t) {
  return t->kind == GO_KIND_POINTER || t->kind == GO_KIND_MAP || t->kind == GO_KIND_CHAN ||
         t->kind == GO_KIND_UNSAFE_POINTER;
}

static void uncomparable(const char *what, const go_type *t) __attribute__((noreturn));
static void uncomparable(const char *what, const go_type *t) {
  char buf[96];
  int n = 0;
  for (const char *s = what; *s && n < 60; s++)
    buf[n++] = *s;
  for (go_int i = 0; i < t->name.len && n < (int)sizeof(buf) - 1; i++)
    buf[n++] = (char)t->name.ptr[i];
  buf[n] = 0;
  rt_panicMessage(buf, NULL);
}

static uint32_t hashBytes(const void *p, uint32_t n, uint32_t seed) {
  const uint8_t *b = p;
  uint32_t h = 2166136261u ^ seed;
  for (uint32_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= 16777619u;
  }
  return h;
}

int32_t runtime_equalValue(const go_type *t, const void *a, const void *b) {
  switch (t->kind) {
  case GO_KIND_STRING: {
    const go_string *x = a, *y = b;
    return runtime_stringEqual(x->ptr, x->len, y->ptr, y->len);
  }
  case GO_KIND_FLOAT32:
    return *(const float *)a == *(const float *)b;
  case GO_KIND_FLOAT64:
    return *(const double *)a == *(const double *)b;
  case GO_KIND_COMPLEX64:
    return ((const float *)a)[0] == ((const float *)b)[0] && ((const float *)a)[1] == ((const float *)b)[1];
  case GO_KIND_COMPLEX128:
    return ((const double *)a)[0] == ((const double *)b)[0] && ((const double *)a)[1] == ((const double *)b)[1];
  case GO_KIND_INTERFACE: {
    const go_iface *x = a, *y = b;
    return runtime_ifaceEqual(x->type, x->data, y->type, y->data);
  }
  case GO_KIND_SLICE:
  case GO_KIND_MAP:
  case GO_KIND_FUNC:
    uncomparable("comparing uncomparable type ", t);
  default:
    if (t->flags & GO_TYPE_NOT_COMPARABLE)
      uncomparable("comparing uncomparable type ", t);
    break;
  }
  if (t->equal)
    return t->equal(a, b, NULL);
  return memcmp(a, b, t->size) == 0;
}

int32_t runtime_ifaceEqual(const go_type *ta, void *da, const go_type *tb, void *db) {
  if (ta != tb)
    return 0;
  if (!ta)
    return 1;
  // A map is pointer-shaped but not comparable: runtime_equalValue panics for it, as gc does.
  if (pointerShaped(ta) && ta->kind != GO_KIND_MAP)
    return da == db;
  return runtime_equalValue(ta, da, db);
}

uint32_t runtime_hashValue(const go_type *t, const void *p, uint32_t seed) {
  switch (t->kind) {
  case GO_KIND_STRING: {
    const go_string *s = p;
    return hashBytes(s->ptr, (uint32_t)s->len, seed);
  }
  case GO_KIND_FLOAT32: {
    float f = *(const float *)p;
    if (f == 0)
      f = 0; // +0 and -0 are equal keys
    return hashBytes(&f, 4, seed);
  }
  case GO_KIND_FLOAT64: {
    double f = *(const double *)p;
    if (f == 0)
      f = 0;
    return hashBytes(&f, 8, seed);
  }
  case GO_KIND_COMPLEX64: {
    float c[2] = {((const float *)p)[0], ((const float *)p)[1]};
    for (int i = 0; i < 2; i++)
      if (c[i] == 0)
        c[i] = 0; // +0 and -0 are equal keys
    return hashBytes(c, 8, seed);
  }
  case GO_KIND_COMPLEX128: {
    double c[2] = {((const double *)p)[0], ((const double *)p)[1]};
    for (int i = 0; i < 2; i++)
      if (c[i] == 0)
        c[i] = 0;
    return hashBytes(c, 16, seed);
  }
  case GO_KIND_INTERFACE: {
    const go_iface *x = p;
    if (!x->type)
      return seed;
    uint32_t h = hashBytes(&x->type, 4, seed);
    if (pointerShaped(x->type) && x->type->kind != GO_KIND_MAP) // a map key panics below
      return hashBytes(&x->data, 4, h);
    return runtime_hashValue(x->type, x->data, h);
  }
  case GO_KIND_SLICE:
  case GO_KIND_MAP:
  case GO_KIND_FUNC:
    uncomparable("hash of unhashable type ", t);
  default:
    if (t->flags & GO_TYPE_NOT_COMPARABLE)
      uncomparable("hash of unhashable type ", t);
    break;
  }
  if (t->hash)
    return t->hash(p, seed, NULL);
  return hashBytes(p, t->size, seed);
}
