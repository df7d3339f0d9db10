// exit: 2
// A panic that ends the program is printed below the earlier panics it superseded, as gc
// does: those whose deferred calls were running, and one recovered by a deferred call that
// then panicked ("[recovered]"). Panics recovered on the way leave nothing behind.
package main

import (
	"errors"
	"fmt"
)

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint("E", e.n) }

// P1 runs its deferred calls; one of them panics and recovers P2 inside: P1 goes on.
func recoveredInside() {
	defer func() {
		func() {
			defer func() { fmt.Println("inner got", recover()) }()
			panic("P2")
		}()
	}()
	panic("P1")
}

// P2 supersedes P1, and a later deferred call of the same function recovers P2.
func abortedThenRecovered() {
	defer func() { fmt.Println("later got", recover()) }()
	defer func() { panic("P2b") }()
	panic("P1b")
}

// A deferred call recovers P1 and returns; a later one panics: P1 is gone.
func recoverThenPanic() {
	defer func() { panic(errors.New("P3 alone")) }()
	defer func() { fmt.Println("rec", recover()) }()
	panic("P1c")
}

func deep(n int) {
	if n == 0 {
		panic(fmt.Sprint("deep", n))
	}
	defer func() {
		if n == 2 {
			panic(fmt.Sprint("from defer at ", n))
		}
	}()
	deep(n - 1)
}

func g() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("g saw ", r))
	}()
	panic(E{1})
}

func f() {
	defer func() {
		defer func() {
			panic("f inner defer")
		}()
		g()
	}()
	panic(E{0})
}

func main() {
	func() {
		defer func() { fmt.Println("main got", recover()) }()
		recoveredInside()
	}()
	abortedThenRecovered()
	func() {
		defer func() { fmt.Println("main got", recover()) }()
		deep(3)
	}()
	func() {
		defer func() { fmt.Println("main got", recover()) }()
		recoverThenPanic()
	}()
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		f()
	}()
	defer fmt.Println("main deferred")
	f()
}
