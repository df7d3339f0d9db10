package runtime

import "unsafe"

// Caller and stack introspection. Marmot keeps no tables that map program counters to
// functions or lines, so these report that nothing is known rather than inventing it.

// Callers records no program counters on Marmot and returns 0.
func Callers(skip int, pc []uintptr) int { return 0 }

// Stack writes no trace on Marmot and returns 0.
func Stack(buf []byte, all bool) int { return 0 }

// Frame is the information CallersFrames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of a Callers result (always empty on Marmot).
type Frames struct {
	callers []uintptr
}

// CallersFrames returns an iterator over the frames of callers.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Next returns no frame: Marmot cannot resolve program counters.
func (ci *Frames) Next() (frame Frame, more bool) { return Frame{}, false }

// Func describes a function; Marmot has no function tables, so FuncForPC returns nil.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns nil: Marmot cannot resolve program counters.
func FuncForPC(pc uintptr) *Func { return nil }

// Name returns the name of the function ("" for a nil *Func).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine reports no position.
func (f *Func) FileLine(pc uintptr) (file string, line int) { return "", 0 }

func setFinalizer(obj unsafe.Pointer, fn unsafe.Pointer)

// SetFinalizer sets the finalizer of obj, a pointer to a heap object: when the collector
// finds obj unreachable it runs finalizer(obj) in a separate goroutine. A nil finalizer
// removes it. The finalizer must be a func(T) where T is obj's type (gc also accepts
// results and interface parameters; Marmot refuses those with a panic).
// With -gc=leaking or -gc=none nothing is ever collected, so finalizers never run.
func SetFinalizer(obj interface{}, finalizer interface{}) {
	o := (*eface)(unsafe.Pointer(&obj))
	if o.typ == nil {
		panic("runtime.SetFinalizer: first argument is nil")
	}
	ot := (*goType)(o.typ)
	if ot.kind != kindPointer && ot.kind != kindUnsafePointer {
		panic("runtime.SetFinalizer: first argument is " + ot.name + ", not pointer")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	if f.typ == nil {
		setFinalizer(o.data, nil)
		return
	}
	// The runtime calls a finalizer as func(obj) with nothing returned. gc also takes
	// results (dropped) and a parameter of an interface type obj's type implements: those
	// calls would need another calling convention, so they are refused here rather than made
	// wrongly.
	ft := (*goType)(f.typ)
	if ft.kind != kindFunc {
		panic("runtime.SetFinalizer: second argument is " + ft.name + ", not a function")
	}
	if len(ft.name) > 5 && ft.name[:5] == "func(" && ft.name != "func("+ot.name+")" { // unnamed: checkable
		panic("runtime.SetFinalizer: Marmot runs finalizers of type func(" + ot.name + ") only, not " + ft.name)
	}
	// A func value is boxed: the data word points to its { context, code } pair.
	setFinalizer(o.data, f.data)
}

// LockOSThread has nothing to do: there are no OS threads.
func LockOSThread() {}

// UnlockOSThread has nothing to do: there are no OS threads.
func UnlockOSThread() {}

// GOROOT returns "": there is no Go installation on the board.
func GOROOT() string { return "" }

// Version returns the Go language version Marmot compiles.
func Version() string { return "go1.19" }

// Breakpoint executes a breakpoint instruction: a debugger stops there. Without one, a
// Cortex-M board reports a fatal processor exception and a RISC-V board goes on.
func Breakpoint()

// Goexit runs the deferred calls of the current goroutine and ends it.
func Goexit()
