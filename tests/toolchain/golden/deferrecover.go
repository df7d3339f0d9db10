// `defer recover()`: recover deferred directly as a built-in is called by whatever runs the
// deferred calls. Run by a panic, it is not called directly by a deferred function and does
// nothing; run when its function returns, it acts as a recover() in that function's body.
// Also recover() in functions a deferred function only calls or defers itself.
package main

import "fmt"

// report ends a panic still running and says what it was.
func report(name string) {
	fmt.Println(name+":", recover())
}

// A deferred function that returns normally: its `defer recover()` is a call from it, and
// it was called by the panic's deferred calls, so the panic stops.
func byReturn() {
	defer report("byReturn, left over")
	defer func() {
		defer recover()
		fmt.Println("byReturn: deferred function returns")
	}()
	panic("one")
}

// Run by the second panic, `defer recover()` does nothing; report recovers "three" later.
func byPanic() {
	defer report("byPanic, left over")
	defer func() {
		defer report("byPanic, inner")
		defer recover()
		panic("three")
	}()
	panic("two")
}

// The inner panic is recovered first, so the function returns and its `defer recover()`,
// now a call from it, stops the outer panic.
func afterInnerRecovered() {
	defer report("afterInnerRecovered, left over")
	defer func() {
		defer recover()
		defer report("afterInnerRecovered, inner")
		panic("five")
	}()
	panic("four")
}

// Not a deferred call: `defer recover()` in a panicking function does not stop its panic.
func notDeferred() {
	defer report("notDeferred, caller")
	func() {
		defer recover()
		panic("six")
	}()
	fmt.Println("notDeferred: not reached")
}

// A function a deferred function calls: its `defer recover()` is not called by the
// deferred function, so it does not recover.
func helper() {
	defer recover()
	fmt.Println("helper returns")
}

func calledFromDeferred() {
	defer report("calledFromDeferred, left over")
	defer func() {
		helper()
	}()
	panic("seven")
}

// A function deferred by a deferred function runs when that one returns, not for the
// panic: its recover() returns nil and the panic goes on to the next deferred call.
func deferredIndirectly() {
	defer report("deferredIndirectly, left over")
	defer func() {
		defer func() {
			fmt.Println("deferredIndirectly, inner:", recover())
		}()
	}()
	panic("eight")
}

// Calling recover() from a helper of a deferred function does not recover either.
func recoverFromHelper() interface{} { return recover() }

func calledHelperRecovers() {
	defer report("calledHelperRecovers, left over")
	defer func() {
		fmt.Println("calledHelperRecovers, helper:", recoverFromHelper())
	}()
	panic("nine")
}

// Without a panic, `defer recover()` does nothing at all.
func noPanic() (n int) {
	defer recover()
	return 10
}

func main() {
	byReturn()
	byPanic()
	afterInnerRecovered()
	notDeferred()
	calledFromDeferred()
	deferredIndirectly()
	calledHelperRecovers()
	fmt.Println("noPanic:", noPanic())
	fmt.Println("done")
}
