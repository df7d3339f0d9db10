package runtime

import "unsafe"

// Error identifies a run-time error: index out of range, nil dereference, division by zero,
// failed type assertion, and the channel and map misuses that panic.
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes run-time errors from ordinary errors.
	RuntimeError()
}

// runtimeError is the Error value of every panic the C runtime raises; msg is the complete
// text, for example "runtime error: index out of range [5] with length 3".
type runtimeError struct {
	msg string
}

func (e *runtimeError) Error() string { return e.msg }

func (e *runtimeError) RuntimeError() {}

// makeRuntimeError is called by the C runtime (panic.c) to build the panic value.
func makeRuntimeError(msg *byte, n int, out *error) {
	*out = &runtimeError{msg: makeString(msg, n)}
}

var _ = makeRuntimeError
var _ unsafe.Pointer

// The errors math/bits panics with (Div64 and friends), through //go:linkname.
var (
	divideError   error = &runtimeError{msg: "runtime error: integer divide by zero"}
	overflowError error = &runtimeError{msg: "runtime error: integer overflow"}
)
