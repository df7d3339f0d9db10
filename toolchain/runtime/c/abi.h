// The contract between the Go front end (toolchain/frontend) and the low-level runtime
// (toolchain/runtime/c). The front end emits calls to these functions with exactly these
// parameter lists; the runtime implements them in C compiled to LLVM bitcode per board.
//
// Rules that keep the two sides in step on every target (32-bit ARM Thumb and RISC-V):
//  - Parameters and results are scalars only: int32_t, uint32_t, int64_t, pointers.
//    No struct is passed or returned by value (C and LLVM IR lower those differently).
//    Where a Go value is an aggregate (string, slice, interface), it is passed expanded
//    (ptr, len) or through a pointer to memory laid out as the structs below.
//  - Flags are int32_t (0 or 1), never C `bool` (which is `i1 zeroext` in IR).
//  - Symbol names: C functions here are named `runtime_xxx`. Go declarations without a body
//    in the overlay package `runtime` (toolchain/runtime/go/src/runtime) are emitted by the
//    front end as `runtime.xxx` and implemented in C with `__asm__("runtime.xxx")` labels.
//  - Every Go function the front end emits takes one extra trailing `ptr` (closure context);
//    C implementations of bodyless Go functions simply ignore it.
#pragma once
#include <stddef.h>
#include <stdint.h>

// ---- Memory layout of Go values (32-bit targets) -------------------------------------
typedef int32_t go_int;
typedef struct { const uint8_t *ptr; go_int len; } go_string;     // LLVM: { ptr, i32 }
typedef struct { void *ptr; go_int len; go_int cap; } go_slice;   // LLVM: { ptr, i32, i32 }
typedef struct go_type go_type;
typedef struct { const go_type *type; void *data; } go_iface;     // LLVM: { ptr, ptr }
// Func values are { ptr context, ptr fn } in LLVM; the fn takes the context last.

// Type descriptors, emitted by the front end as constant globals (one per Go type that
// is converted to an interface, used as a map key, or passed to the runtime).
enum go_kind {
  GO_KIND_INVALID, GO_KIND_BOOL, GO_KIND_INT, GO_KIND_INT8, GO_KIND_INT16, GO_KIND_INT32,
  GO_KIND_INT64, GO_KIND_UINT, GO_KIND_UINT8, GO_KIND_UINT16, GO_KIND_UINT32, GO_KIND_UINT64,
  GO_KIND_UINTPTR, GO_KIND_FLOAT32, GO_KIND_FLOAT64, GO_KIND_COMPLEX64, GO_KIND_COMPLEX128,
  GO_KIND_ARRAY, GO_KIND_CHAN, GO_KIND_FUNC, GO_KIND_INTERFACE, GO_KIND_MAP, GO_KIND_POINTER,
  GO_KIND_SLICE, GO_KIND_STRING, GO_KIND_STRUCT, GO_KIND_UNSAFE_POINTER
};
struct go_type {
  uint8_t kind;          // enum go_kind
  uint8_t align;
  uint16_t flags;        // bit 0: comparable with memcmp (no strings, interfaces, floats, padding)
  uint32_t size;
  go_string name;        // "main.Point", "int", "*main.Node", "[]string"
  // Equality and hash for values of this type, laid out in memory at a and b. NULL means
  // "plain memory" (memcmp / hash the bytes). Emitted by the front end for composite kinds.
  int32_t (*equal)(const void *a, const void *b, void *ctx);
  uint32_t (*hash)(const void *p, uint32_t seed, void *ctx);
  const go_type *elem;   // pointer, slice, array, chan, map value: element type; else NULL
  const void *extra;     // front-end owned (method tables, fields, ...); the runtime ignores it
};

// ---- Start-up and exit ----------------------------------------------------------------
// Emitted by the front end: runs every package's init in dependency order, then main.main.
void runtime_callMain(void *ctx) __asm__("runtime.callMain");
// Ends the program: exit status to the host (semihosting / test finisher). Never returns.
void runtime_exit(int32_t code) __attribute__((noreturn));

// ---- Output (println / print) --------------------------------------------------------------
void runtime_printString(const uint8_t *p, go_int len);
void runtime_printInt(int64_t v);
void runtime_printUint(uint64_t v);
void runtime_printFloat(double v);       // Go's print format: +1.500000e+000
void runtime_printComplex(double re, double im);
void runtime_printBool(int32_t v);
void runtime_printPointer(const void *p); // 0x...
void runtime_printSpace(void);
void runtime_printNewline(void);
void runtime_printIface(const go_type *t, void *data); // (0x..,0x..) like gc's print of eface
void runtime_printLock(void);            // around one println so goroutines do not interleave
void runtime_printUnlock(void);

// ---- Memory ----------------------------------------------------------------------------------
// Zeroed allocation from the GC heap. Never returns NULL (out of memory panics).
void *runtime_alloc(uint32_t size, const go_type *layoutOrNull);
void runtime_GC(void) __asm__("runtime.GC");

// ---- Panics and runtime errors ----------------------------------------------------------
// Each takes the Go position of the failing operation; the message printed is gc's wording:
//   panic: runtime error: index out of range [5] with length 3
//   panic: runtime error: integer divide by zero
//   panic: runtime error: invalid memory address or nil pointer dereference
//   panic: runtime error: slice bounds out of range [:5] with capacity 3
// followed by "\n\tat FILE:LINE" (Marmot's own position line), then exit status 2.
// With defer/recover these become recoverable panics carrying a runtime.Error value.
typedef struct { const uint8_t *file; go_int fileLen; go_int line; } go_pos;
void runtime_panicIndex(int32_t index, int32_t length, const go_pos *pos) __attribute__((noreturn));
// [runtime] Every bounds failure with gc's exact wording; code is gc's boundsError kind,
// x and y as gc reports them (x < 0 gives the short form "index out of range [-1]"):
#define RUNTIME_BOUNDS_INDEX 0        // s[x] with len y
#define RUNTIME_BOUNDS_SLICE_ALEN 1   // s[:x] with len y (strings, arrays)
#define RUNTIME_BOUNDS_SLICE_ACAP 2   // s[:x] with cap y
#define RUNTIME_BOUNDS_SLICE_B 3      // s[x:y] with x > y
#define RUNTIME_BOUNDS_SLICE3_ALEN 4  // s[::x] with len y
#define RUNTIME_BOUNDS_SLICE3_ACAP 5  // s[::x] with cap y
#define RUNTIME_BOUNDS_SLICE3_B 6     // s[:x:y] with x > y
#define RUNTIME_BOUNDS_SLICE3_C 7     // s[x:y:] with x > y
#define RUNTIME_BOUNDS_CONVERT 8      // (*[y]T)(s) with len(s) == x < y
void runtime_panicBounds(int32_t code, int32_t x, int32_t y, const go_pos *pos) __attribute__((noreturn));
void runtime_panicDivide(const go_pos *pos) __attribute__((noreturn));
void runtime_panicNil(const go_pos *pos) __attribute__((noreturn));
void runtime_panicTypeAssert(const go_type *have, const go_type *want, const go_type *iface,
                             const go_pos *pos) __attribute__((noreturn));
// panic(v): v is an interface value. Prints "panic: " + value (error: .Error(); Stringer not
// called, like gc), "[recovered]" never, then position and exit(2), unless recovered.
void runtime_panic(const go_type *t, void *data, const go_pos *pos);

// ---- Strings ---------------------------------------------------------------------------------
// Result pointer of length aLen+bLen (len known by caller).
const uint8_t *runtime_stringConcat(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen);
int32_t runtime_stringEqual(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen);
int32_t runtime_stringCompare(const uint8_t *a, go_int aLen, const uint8_t *b, go_int bLen); // -1,0,1
// string(rune): writes up to 4 bytes into out, returns the length.
go_int runtime_encodeRune(int32_t r, uint8_t *out4);
// for range over string: decodes at index i; writes rune to *r, returns the next index.
go_int runtime_decodeRune(const uint8_t *p, go_int len, go_int i, int32_t *r);
// []byte(s) and string(b): copy into a new heap block.
uint8_t *runtime_bytesCopy(const uint8_t *p, go_int len);
// []rune(s): allocates, returns the count through *n. string([]rune): returns len through *n.
int32_t *runtime_stringToRunes(const uint8_t *p, go_int len, go_int *n);
const uint8_t *runtime_runesToString(const int32_t *r, go_int count, go_int *n);

// ---- Slices ----------------------------------------------------------------------------------
// append: grows *s (a go_slice in memory) to hold at least extra more elements of elemSize,
// copying the old contents; updates s->ptr and s->cap (len is unchanged).
void runtime_sliceGrow(go_slice *s, go_int extra, uint32_t elemSize);
go_int runtime_sliceCopy(void *dst, go_int dstLen, const void *src, go_int srcLen, uint32_t elemSize);

// ---- Interfaces ------------------------------------------------------------------------------
int32_t runtime_ifaceEqual(const go_type *ta, void *da, const go_type *tb, void *db);
// Hash / equality of a value of type t stored at p (maps, interface comparison).
uint32_t runtime_hashValue(const go_type *t, const void *p, uint32_t seed);
int32_t runtime_equalValue(const go_type *t, const void *a, const void *b);

// ---- Maps ------------------------------------------------------------------------------------
typedef struct go_map go_map;
go_map *runtime_mapMake(const go_type *key, const go_type *value, go_int hint);
go_int runtime_mapLen(go_map *m);   // m may be NULL
// Lookup: returns a pointer to the value slot or NULL (m may be NULL).
void *runtime_mapLookup(go_map *m, const void *key);
// Assign: returns the value slot to store into (inserting a zero value if absent). Panics on nil map.
void *runtime_mapAssign(go_map *m, const void *key, const go_pos *pos);
void runtime_mapDelete(go_map *m, const void *key);
void runtime_mapClear(go_map *m);
// Iteration: it points to caller-provided zeroed storage of RUNTIME_MAP_ITER_SIZE bytes.
// Returns 1 and sets *keyOut/*valueOut to slot pointers while entries remain, else 0.
#define RUNTIME_MAP_ITER_SIZE 16
int32_t runtime_mapNext(go_map *m, void *it, void **keyOut, void **valueOut);

// ---- Goroutines, channels, select ----------------------------------------------------------
// go f(args): the front end packs the arguments into a heap block and emits a wrapper
// `void wrapper(ptr block)` that unpacks and calls f. stackSize 0 = target default.
void runtime_spawn(void (*wrapper)(void *), void *block, uint32_t stackSize);
void runtime_Gosched(void) __asm__("runtime.Gosched");
typedef struct go_chan go_chan;
go_chan *runtime_chanMake(uint32_t elemSize, go_int capacity);
void runtime_chanSend(go_chan *c, const void *elem, const go_pos *pos);  // blocks; nil blocks forever
// Receives into *elem (may be NULL to discard); returns ok (0 after close and drained).
int32_t runtime_chanRecv(go_chan *c, void *elem);
// The same for elements that fit in a word (integers and floats of up to 32 bits, bool,
// pointers, chans, maps, empty structs): the value travels in a register, zero-extended
// (or bit-cast) to 32 bits; receive returns ok << 32 | value (the front end truncates).
void runtime_chanSendWord(go_chan *c, uint32_t value, const go_pos *pos);
uint64_t runtime_chanRecvWord(go_chan *c);
void runtime_chanClose(go_chan *c, const go_pos *pos);
go_int runtime_chanLen(go_chan *c);
go_int runtime_chanCap(go_chan *c);
// select: cases is an array of n entries; returns the index of the chosen case, or -1 when
// hasDefault and nothing was ready. For a chosen receive, *recvOk is set.
typedef struct { go_chan *chan; void *value; int32_t isSend; } go_select_case;
go_int runtime_select(go_select_case *cases, go_int n, int32_t hasDefault, int32_t *recvOk);
// Deadlock (every goroutine blocked, no timer pending) prints
// "fatal error: all goroutines are asleep - deadlock!" and exits with status 2.

// ---- Defer / panic / recover --------------------------------------------------------------
// A function containing defer keeps a frame on its goroutine's list. runtime_setjmp returns 0
// when called and 1 when a panic unwinds to this frame; the function then runs its deferred
// calls (which may call recover) and returns, or re-panics via runtime_panicContinue.
#define RUNTIME_JMPBUF_WORDS 26
typedef struct go_defer_frame {
  struct go_defer_frame *prev;
  void *deferList;         // front-end owned linked list of pending deferred calls
  int32_t panicking;
  // Callee-saved registers, sp, return address (arch-specific). 26 words: the hard-float
  // Cortex-M4F variant must also keep s16-s31 (10 + 16 words; RISC-V needs 14). [runtime]
  uint32_t jmpbuf[RUNTIME_JMPBUF_WORDS];
  // The panic this frame's deferred calls are running for [runtime]: each frame keeps its
  // own, so a panic raised and recovered inside a deferred call leaves the outer one intact.
  const go_type *panicType;
  void *panicData;
  const go_pos *panicPos;
  // The panics this frame's panic superseded, newest first (gc prints them all above the
  // last one), and, while the deferred call that recovered the frame's panic still runs,
  // deferList | 1 (that panic stays in panicType/panicData, printed "[recovered]" if the
  // call panics in turn). [runtime]
  void *panicChain;
  uintptr_t recoveredAt;
} go_defer_frame;
int32_t runtime_setjmp(uint32_t *jmpbuf) __attribute__((returns_twice));
void runtime_pushDeferFrame(go_defer_frame *f);
void runtime_popDeferFrame(go_defer_frame *f);
// recover(): valid only inside a deferred call while panicking; returns the panic value via
// out pointers (type NULL when there is nothing to recover) and stops the panic.
void runtime_recover(const go_type **typeOut, void **dataOut);
// `defer recover()` run by a return: recovers the panic whose deferred calls frame f (the
// deferring function's) is running, if any.
void runtime_recoverFrame(go_defer_frame *f, const go_type **typeOut, void **dataOut);
void runtime_panicContinue(void) __attribute__((noreturn));
// [front end] Go's rule that recover() only stops a panic when called directly by a deferred
// function is the front end's: its defer thunks name the callee in a global of the program
// (@.deferCallee), which method wrappers and the marked interface dispatch pass on to their
// target, so recover() works through wrappers as in gc (frontend compiler/defer.go).
// Protocol details [runtime]: runtime_panic longjmps to the top frame and sets its
// `panicking` to 1 (2 for runtime.Goexit, which recover() does not stop); the frame stays on
// the list while its deferred calls run (a panic in a deferred call unwinds to the same frame
// again). recover() clears `panicking` of the innermost frame running deferred calls for a
// panic.
// After running the deferred calls the function calls runtime_popDeferFrame(f) and returns
// when f->panicking is 0, or calls runtime_panicContinue() WITHOUT popping when it is 1
// (panicContinue pops it and unwinds to the next frame). popDeferFrame of a frame that is
// not on the list is a no-op.

// ---- Time ----------------------------------------------------------------------------------
int64_t runtime_nanotime(void);                 // monotonic ns since reset
void runtime_sleep(int64_t ns);                  // parks the goroutine; others run

// ---- Board hooks (implemented per board in runtime/c/boards/) ---------------------------------
void runtime_boardInit(void);
void runtime_putchar(uint8_t c);                 // console UART
// [runtime] Console input: the next byte received on the console UART, or -1 when none has
// arrived (never blocks); runtime_consoleBuffered says how many are waiting.
int32_t runtime_getchar(void);
int32_t runtime_consoleBuffered(void);
void runtime_pinSet(uint32_t pin, int32_t high); // drives the pin and reports it to the host
int32_t runtime_pinGet(uint32_t pin);
void runtime_pinConfigure(uint32_t pin, uint32_t mode);

// ---- Build settings the front end emits as constant globals ------------------------------
// Folded at link time, so code for unused modes disappears.
extern const int32_t runtime_gcMode;      // 0 conservative, 1 leaking, 2 none
extern const uint32_t runtime_stackSize;  // goroutine stack size in bytes (-stack-size)

// ---- Go functions the C runtime calls (written in Go in the runtime overlay) --------------
// Same scalar-only rule: they are declared in Go with unsafe.Pointer/uintptr/int32 params,
// and take the trailing context pointer, which C passes as NULL.
// Prints a panic value the way gc does (error -> Error(), Stringer not called, basic kinds).
void runtime_printPanicValue(const go_type *t, void *data, void *ctx) __asm__("runtime.printPanicValue");
// [runtime] Note: gc's printpanics does call String() on a Stringer panic value (after
// Error() on an error), so printPanicValue does too; named basic types print as T(v), other
// values as (T) 0xADDR, like gc.
// Builds the runtime.Error value (a *runtime.runtimeError) of a run-time panic. [runtime]
void runtime_makeRuntimeError(const uint8_t *msg, go_int len, go_iface *out, void *ctx)
    __asm__("runtime.makeRuntimeError");
// NOTE for the front end [runtime]: load and compile the overlay package `runtime` for EVERY
// program, even one that does not import it (gc imports it implicitly too). Otherwise the C
// runtime falls back to weak stand-ins of the two functions above, and a recovered run-time
// error is a plain string instead of a runtime.Error (r.(error) fails).
// Semaphores for the sync overlay [runtime]: `//go:linkname semacquire runtime.semacquire`
// (func(addr *uint32): waits until *addr > 0, then decrements it; a goroutine waiting here is
// blocked, so deadlock detection sees it) and `runtime.semrelease` (func(addr *uint32):
// increments and wakes one waiter). gc's linknamed sync.runtime_Semacquire,
// sync.runtime_SemacquireMutex and sync.runtime_Semrelease exist too.
// The sync overlay waits with `runtime.syncWait` (func(): parks until the next
// `runtime.syncWake`, func(): wakes every such waiter), both reached by //go:linkname. [runtime]
// Interrupt handlers and time.AfterFunc functions are Go func values that C calls directly
// ({ context, code }, code taking its parameters then the context).

// ---- Requested by the lead: console streams ------------------------------------------------
// The console UART carries the program's stdout. Text meant for the host's stderr (panic
// messages with their position line, "fatal error: ..." lines) is framed by the byte 0x0E
// (shift out) before it and 0x0F (shift in) after it; `marmot run` and the IDE route it to
// stderr and never show the two bytes. Real boards' serial monitors strip them too.
#define RUNTIME_CONSOLE_STDERR_BEGIN 0x0E
#define RUNTIME_CONSOLE_STDERR_END 0x0F

// ---- Requested by the front end ----------------------------------------------------------------
// Conventions the front end follows (no new functions needed so far):
//  - go_type.flags: bit 0 memcmp-comparable; bit 1 (GO_TYPE_DIRECT) the interface data word
//    holds the value itself (pointer, map, chan, unsafe.Pointer kinds), otherwise it points
//    to the value (possibly a read-only constant, never written through); bit 2
//    (GO_TYPE_NOT_COMPARABLE) slices, maps, funcs and composites holding them.
//    Bits 8-15 of an interface type's flags: its number of methods (255: 255 or more),
//    for reflect's NumMethod.
//  - go_type.extra: for interface types, a pointer to `int1 implements(const go_type *t, void
//    *ctx)` (the front end's whole-program table of concrete types); NULL otherwise. Used by
//    the pure-Go overlay internal/reflectlite (toolchain/runtime/go/src/internal).
//  - go_type.equal/hash are emitted only for struct and array types that need them.
//  - Every function containing defer follows the protocol above: frame pushed and setjmp in
//    its entry block; after the deferred calls, f->panicking == 0 -> popDeferFrame + return,
//    else runtime_panicContinue() without popping.
//  - The runtime package of the overlay (when present) is compiled whole: every package-level
//    function with a body is emitted even if Go code does not call it, so the C side can
//    call e.g. runtime.makeRuntimeError / runtime.printPanicValue. Its init runs first.
#define GO_TYPE_MEMEQUAL 1
#define GO_TYPE_DIRECT 2
#define GO_TYPE_NOT_COMPARABLE 4
// Debug info: the front end emits DWARF 4. Please build the runtime bitcode with -gdwarf-4
// too (RUNTIME_CFLAGS): LLVM takes the highest "Dwarf Version" of the linked modules, and with
// DWARF 5 it emits .debug_names, which gdb-multiarch 13 rejects ("invalid dwarf2 offset"),
// so no Go variable or line can be found. Checked: the same firmware without .debug_names
// shows Go parameters, locals and lines at -opt=1.
// [runtime] Done: RUNTIME_CFLAGS has -gdwarf-4.
// Seen with Go's test suite (marmot-gosuite), for the runtime side:
//  - a panic raised and recovered inside a deferred call must not end the outer panic:
//    recover() in a later deferred call still returns the outer value (test/recover1.go);
//    keep a stack of active panics per goroutine.
//  - the overlay runtime lacks the constants GOOS and GOARCH (GOROOT's os, path/filepath and
//    internal/safefilepath refer to them).
// The front end added pure-Go overlays of its own (src/internal/README.md): internal/bytealg,
// internal/reflectlite, reflect, sync, os (console only).
// Overlay packages the front end needs from the runtime side (pure Go is fine):
//  - `runtime` with makeRuntimeError (runtime.Error values, so recover() gets an `error` whose
//    Error() is "runtime error: ..."), printPanicValue, and what `sync`, `os`, `time` use.
//  - (done by the front end: `sync` is a pure-Go overlay yielding through runtime.Gosched,
//    and sync/atomic's bodyless functions get plain load/store bodies.)
