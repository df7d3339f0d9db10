// Strings: concatenation, comparison, UTF-8 encoding and decoding with Go's rules (invalid
// bytes decode as U+FFFD, one byte at a time), and conversions to and from []byte / []rune.
#include "internal.h"

#define RUNE_ERROR 0xFFFD

const uint8_t *runtime_stringConcat(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen) {
  if (aLen == 0)
    return b;
  if (bLen == 0)
    return a;
  uint8_t *p = rt_allocRaw((uint32_t)aLen + (uint32_t)bLen, 1);
  memcpy(p, a, (size_t)aLen);
  memcpy(p + aLen, b, (size_t)bLen);
  return p;
}

int32_t runtime_stringEqual(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen) {
  if (aLen != bLen)
    return 0;
  if (a == b)
    return 1;
  return memcmp(a, b, (size_t)aLen) == 0;
}

int32_t runtime_stringCompare(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen) {
  go_int n = aLen < bLen ? aLen : bLen;
  int c = memcmp(a, b, (size_t)n);
  if (c)
    return c < 0 ? -1 : 1;
  return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

go_int runtime_encodeRune(int32_t r, uint8_t *out) {
  uint32_t u = (uint32_t)r;
  if (u <= 0x7F) {
    out[0] = (uint8_t)u;
    return 1;
  }
  if (u <= 0x7FF) {
    out[0] = (uint8_t)(0xC0 | (u >> 6));
    out[1] = (uint8_t)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
    u = RUNE_ERROR;
  if (u <= 0xFFFF) {
    out[0] = (uint8_t)(0xE0 | (u >> 12));
    out[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (u & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | (u >> 18));
  out[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
  out[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
  out[3] = (uint8_t)(0x80 | (u & 0x3F));
  return 4;
}

go_int runtime_decodeRune(const uint8_t *p, go_int len, go_int i, int32_t *r) {
  uint32_t c0 = p[i];
  if (c0 < 0x80) {
    *r = (int32_t)c0;
    return i + 1;
  }
  go_int n = len - i;
  uint32_t need, min, cp;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    need = 1, min = 0x80, cp = c0 & 0x1F;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 2, min = 0x800, cp = c0 & 0x0F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 3, min = 0x10000, cp = c0 & 0x07;
  } else {
    *r = RUNE_ERROR;
    return i + 1;
  }
  if ((go_int)need >= n) {
    *r = RUNE_ERROR;
    return i + 1;
  }
  for (uint32_t k = 1; k <= need; k++) {
    uint32_t c = p[i + (go_int)k];
    if ((c & 0xC0) != 0x80) {
      *r = RUNE_ERROR;
      return i + 1;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *r = RUNE_ERROR;
    return i + 1;
  }
  *r = (int32_t)cp;
  return i + 1 + (go_int)need;
}

uint8_t *runtime_bytesCopy(const uint8_t *p, go_int len) {
  uint8_t *q = rt_allocRaw((uint32_t)len, 1);
  memcpy(q, p, (size_t)len);
  return q;
}

int32_t *runtime_stringToRunes(const uint8_t *p, go_int len, go_int *n) {
  go_int count = 0;
  int32_t r;
  for (go_int i = 0; i < len; count++)
    i = runtime_decodeRune(p, len, i, &r);
  int32_t *out = rt_allocRaw((uint32_t)count * 4, 1);
  go_int k = 0;
  for (go_int i = 0; i < len;)
    i = runtime_decodeRune(p, len, i, &out[k++]);
  *n = count;
  return out;
}

const uint8_t *runtime_runesToString(const int32_t *r, go_int count, go_int *n) {
  uint8_t tmp[4];
  go_int total = 0;
  for (go_int i = 0; i < count; i++)
    total += runtime_encodeRune(r[i], tmp);
  uint8_t *out = rt_allocRaw((uint32_t)total, 1);
  go_int k = 0;
  for (go_int i = 0; i < count; i++)
    k += runtime_encodeRune(r[i], out + k);
  *n = total;
  return out;
}
