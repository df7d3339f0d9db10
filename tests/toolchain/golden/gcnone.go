// gc: none
// Runs with -gc=none: closures over local variables, local new() and composite literals
// whose addresses stay in the function live on its stack, and keep Go's semantics (each
// new object zeroed, each loop iteration's object distinct while it is in use).
package main

type point struct{ x, y int }

type counter struct {
	n    int
	last point
}

func (c *counter) add(p *point) {
	c.n += p.x + p.y
	c.last = *p
}

var results [4]int

func main() {
	var c counter
	step := 0
	record := func(i int) {
		results[i] = c.n
		step++
	}
	for i := 0; i < 4; i++ {
		p := new(point)
		if p.x != 0 || p.y != 0 {
			println("not zeroed")
		}
		p.x, p.y = i, 2*i
		c.add(p)
		q := &point{x: c.n}
		record(i)
		println(i, c.n, q.x, c.last.y)
	}
	println("steps", step, "results", results[0], results[1], results[2], results[3])
}
