package runtime

import "unsafe"

// Error identifies a run-time error: index out of range, nil dereference, division by zero,
// failed type assertion, and the channel and map misuses that panic.
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes run-time errors from ordinary errors.
	RuntimeError()
}

// The panic values of run-time errors have gc's dynamic types, so recover()'s value prints
// the same with %T and r.(*runtime.TypeAssertionError) compiles: errorString for "runtime
// error: ..." (division, nil dereference, uncomparable types, shifts, makeslice),
// boundsError for index and slice bounds, *TypeAssertionError for failed assertions and
// plainError for the rest (nil map writes, channel misuse), whose text has no prefix.

// errorString holds the text after "runtime error: ".
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }
func (e errorString) RuntimeError() {}

type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}

// boundsError keeps the complete text (gc keeps the operands and formats them in Error).
type boundsError struct{ msg string }

func (e boundsError) Error() string { return e.msg }
func (e boundsError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }
func (*TypeAssertionError) RuntimeError()   {}

// makeRuntimeError is called by the C runtime (panic.c) and by the front end's checks to
// build the panic value from its complete text, for example "runtime error: index out of
// range [5] with length 3"; the text tells which of gc's types it has.
func makeRuntimeError(msg *byte, n int, out *error) {
	s := makeString(msg, n)
	const rt = "runtime error: "
	switch {
	case hasPrefix(s, "interface conversion: "):
		*out = &TypeAssertionError{s}
	case hasPrefix(s, rt+"index out of range") || hasPrefix(s, rt+"slice bounds out of range") ||
		hasPrefix(s, rt+"cannot convert slice with length"):
		*out = boundsError{s}
	case hasPrefix(s, rt):
		*out = errorString(s[len(rt):])
	default:
		*out = plainError(s)
	}
}

func hasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

var _ = makeRuntimeError
var _ unsafe.Pointer

// The errors math/bits panics with (Div64 and friends), through //go:linkname.
var (
	divideError   error = errorString("integer divide by zero")
	overflowError error = errorString("integer overflow")
)
