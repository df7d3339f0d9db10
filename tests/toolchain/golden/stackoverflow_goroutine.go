// exit: 2
package main

// A goroutine recursing without end, through an interface method and a func value: every
// board stops it with Go's "fatal error: stack overflow" before its stack overruns the heap
// objects around it (the MPU guard on Cortex-M3/M4F, the compiler's stack checks elsewhere).

type stepper interface{ step(n int) int }

type walker struct{ f func(int) int }

func (w walker) step(n int) int { return w.f(n) }

var depth int
var next stepper

func down(n int) int {
	depth++
	r := next.step(n + 1)
	depth--
	return r + n
}

func main() {
	next = walker{f: down}
	println("start")
	done := make(chan int)
	go func() { done <- down(0) }()
	println(<-done)
}
