// gc: none
// Runs with -gc=none: a variable a closure captures stays on the stack when the closure
// does not outlive the function, also in a program whose allocations all have one size
// (the optimiser must not fold that size into the allocator, which hides it from the
// stack promotion).
package main

func main() {
	x := 3
	f := func() int { return x + 1 }
	x++
	println(f())
}
