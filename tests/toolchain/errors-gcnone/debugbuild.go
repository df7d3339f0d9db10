// gc: none
// opt: 1
// Without optimisation nothing moves to the stack, and the errors say so: at the default
// -opt=z this program builds with -gc=none.
package main

func main() {
	x := 3 // ERROR "allocation with -gc=none: new\(int\) \(at -opt=1 nothing moves to the stack"
	f := func() int { return x + 1 }
	println(f())
}
