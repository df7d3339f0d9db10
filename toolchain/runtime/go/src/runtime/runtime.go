// Package runtime is Marmot's runtime for microcontrollers. The low-level parts (scheduler,
// memory, channels, maps, panics) are written in C under toolchain/runtime/c; this package
// holds the Go API on top of them and the Go helpers the C runtime calls.
package runtime

import "unsafe"

// Compiler is the name of the toolchain that built the program.
const Compiler = "marmot"

// GC runs a garbage collection (a no-op with -gc=leaking or -gc=none).
func GC()

// Gosched yields the processor, letting other goroutines run.
func Gosched()

func numGoroutine() int32

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int { return int(numGoroutine()) }

// NumCPU returns the number of processors: one on every Marmot board.
func NumCPU() int { return 1 }

// GOMAXPROCS reports 1: goroutines share the single core. Setting it has no effect.
func GOMAXPROCS(n int) int { return 1 }

// KeepAlive marks its argument as reachable up to this call.
func KeepAlive(x interface{}) {}

// Caller cannot recover call-site information on Marmot: it always reports ok == false.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// eface is the layout of an interface value: type descriptor and data word.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func makeString(p *byte, n int) string {
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = unsafe.Pointer(p)
	h.len = n
	return s
}
