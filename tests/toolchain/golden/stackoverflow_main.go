// exit: 2
package main

// The main goroutine recursing without end (its stack sits at the bottom of RAM, where an
// overflow faults on every board): Go's "fatal error: stack overflow".

var depth int

func down(n int) int {
	var path [8]int
	path[n&7] = n
	depth++
	r := down(n + 1)
	depth--
	return r + path[depth&7]
}

func main() {
	println("start")
	println(down(0))
}
