// Nested panics: a panic raised and recovered inside a deferred call (which has deferred
// calls of its own) leaves the outer panic in place for the next deferred call to recover.
package main

import "fmt"

func inner() {
	defer func() {
		fmt.Println("inner recovered:", recover())
	}()
	var m map[string]int
	m["x"] = 1 // a runtime error while the outer panic is running deferred calls
}

func outer() (result string) {
	defer func() {
		result = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("second recovered:", recover())
		}()
		panic("second")
	}()
	defer inner()
	panic("first")
}

func noPanicLeft() {
	defer func() {
		fmt.Println("nothing to recover:", recover())
	}()
	defer func() {
		defer func() { recover() }()
		panic("gone")
	}()
}

func main() {
	fmt.Println(outer())
	noPanicLeft()
	fmt.Println("done")
}
