// exit: 2
// A panic in a deferred call that runtime.Goexit runs ends the program like any other
// unrecovered panic (the goroutine does not just exit); gc prints no line for the Goexit.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("main starts the goroutine")
	go func() {
		defer fmt.Println("deferred before the Goexit runs")
		defer func() {
			defer func() { panic("second, in a deferred call") }()
			panic("first, while Goexit runs deferred calls")
		}()
		runtime.Goexit()
	}()
	select {} // without the panic: all goroutines asleep
}
