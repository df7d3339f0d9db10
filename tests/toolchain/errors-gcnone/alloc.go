// gc: none
package main

type point struct{ x, y int }

var sink *point
var any interface{}

type counter struct{ n int }

func (c *counter) add(v int) { c.n += v }

func main() {
	sink = &point{1, 2}       // ERROR "allocation with -gc=none"
	s := make([]int, 10)      // ERROR "allocation with -gc=none"
	m := map[string]int{}     // ERROR "allocation with -gc=none"
	str := "a"
	str += string(rune(s[0])) // ERROR "allocation with -gc=none"
	any = s                   // ERROR "allocation with -gc=none"
	f := func() int { return len(str) }
	go println() // ERROR "allocation with -gc=none"
	var local point
	local.x = 3
	// Not errors: objects that never leave main live on its stack once closures are inlined.
	var c counter
	add := func(v int) { c.add(v) }
	add(2)
	p := new(point)
	p.y = c.n
	println(local.x, len(m), f(), p.y)
	println(sink.x, any != nil) // read: the stores above are not dropped as write-only
}
