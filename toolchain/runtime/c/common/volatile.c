// Bodyless functions of runtime/volatile: loads and stores through volatile pointers.
#include "internal.h"

#define VOLATILE_OPS(bits)                                                                   \
  uint##bits##_t rt_load##bits(volatile uint##bits##_t *p, void *ctx)                      \
      __asm__("runtime/volatile.LoadUint" #bits);                                            \
  uint##bits##_t rt_load##bits(volatile uint##bits##_t *p, void *ctx) {                    \
    (void)ctx;                                                                               \
    return *p;                                                                               \
  }                                                                                          \
  void rt_store##bits(volatile uint##bits##_t *p, uint##bits##_t v, void *ctx)             \
      __asm__("runtime/volatile.StoreUint" #bits);                                           \
  void rt_store##bits(volatile uint##bits##_t *p, uint##bits##_t v, void *ctx) {           \
    (void)ctx;                                                                               \
    *p = v;                                                                                  \
  }

VOLATILE_OPS(8)
VOLATILE_OPS(16)
VOLATILE_OPS(32)
