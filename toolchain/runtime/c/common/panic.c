// Panics: runtime errors with gc's wording become runtime.Error values (built by the Go
// overlay) and unwind like panic(v); an unrecovered panic prints "panic: " + value (below
// the earlier panics it superseded, as gc does), the position line, and exits with status 2.
#include "internal.h"
#include "chan.h"

// Builds the interface value of a runtime.Error with the given message (Go overlay). The
// weak fallback makes it a plain string, for programs linked without the overlay.
static const go_type stringType = {GO_KIND_STRING, 4, 0, 8, {(const uint8_t *)"string", 6}, 0, 0, 0, 0};
__attribute__((weak)) void runtime_makeRuntimeError(const uint8_t *msg, go_int len, go_iface *out, void *ctx) {
  (void)ctx;
  go_string *s = rt_allocRaw(sizeof(go_string), 0);
  s->ptr = msg;
  s->len = len;
  out->type = &stringType;
  out->data = s;
}

__attribute__((weak)) void runtime_printPanicValue(const go_type *t, void *data, void *ctx) {
  (void)ctx;
  if (t && t->kind == GO_KIND_STRING) {
    const go_string *s = data;
    runtime_printString(s->ptr, s->len);
  } else {
    runtime_printIface(t, data);
  }
}

// A panic that a later one superseded: raised earlier, its deferred calls were still running
// (or the call that recovered it had not returned) when the later panic unwound through its
// frame. gc prints every such panic above the one that ends the program.
typedef struct rt_earlierPanic {
  struct rt_earlierPanic *older;
  const go_type *type;
  void *data;
  int32_t recovered;
} rt_earlierPanic;

static void printValue(const go_type *type, void *data) {
  if (type == NULL && data == NULL)
    rt_print("nil");
  else
    runtime_printPanicValue(type, data, NULL);
}

// gc's words: "panic: A [recovered]\n\tpanic: B\n\tpanic: C", oldest first.
static void printAndExit(rt_task *t, rt_earlierPanic *chain) __attribute__((noreturn));
static void printAndExit(rt_task *t, rt_earlierPanic *chain) {
  rt_beginFatalReport();
  rt_earlierPanic *oldest = NULL; // the program ends: the list may be reversed in place
  while (chain) {
    rt_earlierPanic *older = chain->older;
    chain->older = oldest;
    oldest = chain;
    chain = older;
  }
  rt_print("panic: ");
  for (; oldest; oldest = oldest->older) {
    printValue(oldest->type, oldest->data);
    if (oldest->recovered)
      rt_print(" [recovered]");
    rt_print("\n\tpanic: ");
  }
  printValue(t->panicType, t->panicData);
  rt_printPos(t->panicPos);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}

// The earlier panics of the panic in flight (chain, those it superseded so far) once it
// reaches frame f: f's own panic and its earlier ones when f is running deferred calls for
// a panic (not for Goexit, which gc does not print), or the panic f's running deferred call
// recovered, marked so.
static rt_earlierPanic *supersede(go_defer_frame *f, rt_earlierPanic *chain) {
  rt_earlierPanic *below = NULL;
  int32_t recovered = f->panicking == 0 && f->recoveredAt == ((uintptr_t)f->deferList | 1u);
  if (f->panicking == 2)
    below = f->panicChain;
  else if (f->panicking == 1 || recovered) {
    below = rt_allocRaw(sizeof(rt_earlierPanic), 0);
    below->older = f->panicChain;
    below->type = f->panicType;
    below->data = f->panicData;
    below->recovered = recovered;
  }
  f->recoveredAt = 0;
  if (!chain)
    return below;
  rt_earlierPanic *l = chain;
  while (l->older)
    l = l->older;
  l->older = below;
  return chain;
}

static void unwind(rt_task *t, rt_earlierPanic *chain) __attribute__((noreturn));
static void unwind(rt_task *t, rt_earlierPanic *chain) {
  go_defer_frame *f = t->deferTop;
  if (rt_archInInterrupt()) // an interrupt handler cannot unwind into the goroutine it hit
    f = NULL;
  if (!f) {
    if (t->goexiting && !t->panicking) // a panic in a deferred call run by Goexit ends the program
      rt_taskExit();
    printAndExit(t, chain);
  }
  if (t->panicking)
    chain = supersede(f, chain);
  f->panicking = t->panicking ? 1 : 2; // 2: Goexit
  f->panicType = t->panicType;
  f->panicData = t->panicData;
  f->panicPos = t->panicPos;
  f->panicChain = chain;
  t->panicFrame = f;
  rt_longjmp(f->jmpbuf);
}

void runtime_panic(const go_type *type, void *data, const go_pos *pos) {
  rt_task *t = rt_current;
  t->panicType = type;
  t->panicData = data;
  t->panicPos = pos;
  t->panicking = 1;
  unwind(t, NULL);
}

// runtime.Goexit: unwinds like a panic that recover() cannot stop, then ends the goroutine.
void rt_goexit(void *ctx) __asm__("runtime.Goexit");
void rt_goexit(void *ctx) {
  (void)ctx;
  rt_task *t = rt_current;
  t->goexiting = 1;
  t->panicking = 0;
  t->panicType = NULL;
  t->panicData = NULL;
  unwind(t, NULL);
}

void runtime_panicContinue(void) {
  rt_task *t = rt_current;
  go_defer_frame *f = t->deferTop;
  rt_earlierPanic *chain = NULL;
  if (f) { // the frame whose deferred calls just ran hands its panic on
    t->deferTop = f->prev;
    t->panicType = f->panicType;
    t->panicData = f->panicData;
    t->panicPos = f->panicPos;
    t->panicking = f->panicking == 1;
    chain = f->panicChain;
  }
  unwind(t, chain);
}

// A program without defer cannot recover nor run code before the panic message: it is
// printed at once, and no runtime.Error value is built on the heap.
static void printMessageAndExit(const char *prefix, const char *msg, const go_pos *pos) __attribute__((noreturn));
static void printMessageAndExit(const char *prefix, const char *msg, const go_pos *pos) {
  rt_beginFatalReport();
  rt_print("panic: ");
  rt_print(prefix);
  rt_print(msg);
  rt_printPos(pos);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}

// Panics with a runtime.Error whose Error() is msg (copied).
void rt_panicString(const char *msg, const go_pos *pos) {
  if (!rt_linkDefer)
    printMessageAndExit("", msg, pos);
  go_int n = 0;
  while (msg[n])
    n++;
  uint8_t *copy = rt_allocRaw((uint32_t)n, 1);
  memcpy(copy, msg, (size_t)n);
  go_iface e;
  runtime_makeRuntimeError(copy, n, &e, NULL);
  runtime_panic(e.type, e.data, pos);
  __builtin_unreachable();
}

// A small string builder for the messages below. Its one buffer is static, not on the stack:
// a run-time error may happen at the very end of a goroutine's stack, where the C runtime
// has only the margin of the stack check (internal.h). It is never in use twice: no Go code
// runs while a message is built and copied, and a panic in an interrupt handler ends the
// program (unwind) before the code it interrupted could go on building.
typedef struct {
  char buf[160];
  int n;
} msgbuf;
RT_NOINIT static msgbuf message;

static void put(msgbuf *m, const char *s) {
  while (*s && m->n < (int)sizeof(m->buf) - 1)
    m->buf[m->n++] = *s++;
  m->buf[m->n] = 0;
}

static void putStr(msgbuf *m, go_string s) {
  for (go_int i = 0; i < s.len && m->n < (int)sizeof(m->buf) - 1; i++)
    m->buf[m->n++] = (char)s.ptr[i];
  m->buf[m->n] = 0;
}

static void putInt(msgbuf *m, int32_t v) {
  char tmp[12];
  int i = sizeof(tmp);
  uint32_t u = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
  tmp[--i] = 0;
  do {
    tmp[--i] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0)
    tmp[--i] = '-';
  put(m, tmp + i);
}

void rt_panicMessage(const char *msg, const go_pos *pos) {
  if (!rt_linkDefer)
    printMessageAndExit("runtime error: ", msg, pos);
  msgbuf *m = &message;
  m->n = 0;
  put(m, "runtime error: ");
  put(m, msg);
  rt_panicString(m->buf, pos);
}

// gc's bounds-error wording, by abi.h's RUNTIME_BOUNDS_* code: with x >= 0, and with x < 0.
static const char *const boundsFmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %x to pointer to array with length %y",
};
static const char *const boundsNegFmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %x to pointer to array with length %y",
};

void runtime_panicBounds(int32_t code, int32_t x, int32_t y, const go_pos *pos) {
  if (code < 0 || code > RUNTIME_BOUNDS_CONVERT)
    code = RUNTIME_BOUNDS_INDEX;
  const char *f = x < 0 ? boundsNegFmt[code] : boundsFmt[code];
  msgbuf *m = &message;
  m->n = 0;
  put(m, "runtime error: ");
  for (; *f; f++) {
    if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
      putInt(m, f[1] == 'x' ? x : y);
      f++;
    } else {
      char c[2] = {*f, 0};
      put(m, c);
    }
  }
  rt_panicString(m->buf, pos);
}

void runtime_panicIndex(int32_t index, int32_t length, const go_pos *pos) {
  runtime_panicBounds(RUNTIME_BOUNDS_INDEX, index, length, pos);
}

void runtime_panicDivide(const go_pos *pos) { rt_panicMessage("integer divide by zero", pos); }

void runtime_panicNil(const go_pos *pos) {
  rt_panicMessage("invalid memory address or nil pointer dereference", pos);
}

// gc: "interface conversion: interface {} is string, not int",
//     "interface conversion: interface is nil, not main.T".
void runtime_panicTypeAssert(const go_type *have, const go_type *want, const go_type *iface,
                             const go_pos *pos) {
  msgbuf *m = &message;
  m->n = 0;
  put(m, "interface conversion: ");
  if (iface)
    putStr(m, iface->name);
  else
    put(m, "interface");
  if (!have) {
    put(m, " is nil, not ");
    if (want)
      putStr(m, want->name);
  } else if (want && want->kind == GO_KIND_INTERFACE) {
    m->n = 0;
    put(m, "interface conversion: ");
    putStr(m, have->name);
    put(m, " is not ");
    putStr(m, want->name);
    put(m, ": missing method");
  } else {
    put(m, " is ");
    putStr(m, have->name);
    put(m, ", not ");
    if (want)
      putStr(m, want->name);
  }
  rt_panicString(m->buf, pos);
}

// Whether a float or complex type can be in an interface (the panic printer's float cases).
int32_t rt_goLinkFloatTypes(void *ctx) __asm__("runtime.linkFloatTypes");
int32_t rt_goLinkFloatTypes(void *ctx) {
  (void)ctx;
  return rt_linkFloatTypes;
}
