// Slices: growth for append (gc's policy: double small slices, grow large ones by about
// 1.25x) and copy() with overlap.
#include "internal.h"

void runtime_sliceGrow(go_slice *s, go_int extra, uint32_t elemSize) {
  uint32_t need = (uint32_t)s->len + (uint32_t)extra;
  if (extra < 0 || need > 0x7fffffffu)
    rt_panicMessage("growslice: len out of range", NULL);
  if (need <= (uint32_t)s->cap)
    return;
  uint32_t cap = (uint32_t)s->cap;
  uint32_t newCap = cap * 2;
  if (newCap < need) {
    newCap = need;
  } else if (cap >= 256) {
    newCap = cap;
    while (newCap < need)
      newCap += (newCap + 3 * 256) / 4;
  }
  if (newCap < 4 && elemSize <= 8)
    newCap = need > 4 ? need : 4;
  if (elemSize && (uint64_t)newCap * elemSize > 0x7fffffffu)
    rt_panicMessage("growslice: cap out of range", NULL);
  void *p = rt_allocRaw(newCap * elemSize, 0);
  if (s->len)
    memcpy(p, s->ptr, (size_t)s->len * elemSize);
  s->ptr = p;
  s->cap = (go_int)newCap;
}

go_int runtime_sliceCopy(void *dst, go_int dstLen, const void *src, go_int srcLen, uint32_t elemSize) {
  go_int n = dstLen < srcLen ? dstLen : srcLen;
  if (n > 0 && dst != src)
    memmove(dst, src, (size_t)n * elemSize);
  return n;
}
