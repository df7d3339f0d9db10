package main

type point struct {
	X, Y int
}

func describe(name string, p point, values []int, ptr *point) int {
	total := p.X + p.Y
	for _, v := range values {
		total += v
	}
	println(name, total) // line 12: the debugger stops here
	return total + ptr.X
}

func main() {
	p := point{3, 4}
	var err error
	println(describe("origin", p, []int{1, 2, 3}, &p), err == nil)
}
