// gc: none
package main

type point struct{ x, y int }

var sink *point
var any interface{}

func main() {
	sink = &point{1, 2}       // ERROR "allocation with -gc=none"
	s := make([]int, 10)      // ERROR "allocation with -gc=none"
	m := map[string]int{}     // ERROR "allocation with -gc=none"
	str := "a"                // ERROR "allocation with -gc=none: new\\(string\\)"
	str += string(rune(s[0])) // ERROR "allocation with -gc=none"
	any = s                   // ERROR "allocation with -gc=none"
	f := func() int { return len(str) }
	go println() // ERROR "allocation with -gc=none"
	var local point
	local.x = 3
	println(local.x, len(m), f())
}
