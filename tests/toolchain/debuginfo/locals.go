// Variables of every kind for gdb to read at -opt=1 (see locals.checks; "// @name" marks
// the lines the checks stop at).
package main

type point struct {
	X, Y int
}

func (p point) Area() int { return p.X * p.Y }

type shape interface {
	Area() int
}

type celsius float32

type counter struct {
	name string
	hits []int
}

func describe(name string, p point, values []int, ptr *point, sh shape, err error,
	m map[string]int, ch chan int, code [3]byte, temp celsius) int {
	total := p.X + p.Y
	for _, v := range values { // @loop
		total += v // @body
	}
	if total > 0 {
		inner := total * 2
		label := name + "!"
		println(label, inner) // @nested
	}
	println(name, total, len(m), cap(ch), code[1], err == nil, int(temp)) // @outer
	return total + ptr.X + sh.Area()
}

func (c *counter) add(n int) int {
	c.hits = append(c.hits, n)
	return len(c.hits) // @method
}

func main() {
	p := point{3, 4}
	var err error
	m := map[string]int{"a": 1}
	ch := make(chan int, 2)
	words := []string{"go", "gdb"}
	count := 5
	bump := func(by int) int {
		count += by
		return count + len(words) // @closure
	}
	c := &counter{name: "c1"}
	c.add(7)
	println(describe("origin", p, []int{1, 2, 3}, &p, p, err, m, ch, [3]byte{7, 8, 9}, 21.5), bump(2))
}
