package main

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Node struct {
	Val  int
	Next *Node
}

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }

func newNode(v int, next *Node) *Node { return &Node{Val: v, Next: next} }

func apply(f func(int) int, x int) int { return f(x) }

func makeAdder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func makeCounter() (func() int, func() int) {
	c := 0
	return func() int { c++; return c }, func() int { return c }
}

type Op func(a, b int) int

func main() {
	p := Point{1, 2}
	q := p.Add(Point{10, 20})
	println(q.X, q.Y)
	p.Scale(3)
	println(p.X, p.Y)
	pp := &p
	pp.Scale(2)
	println(p.X, pp.Y, p == Point{6, 12}, p != q)
	var list *Node
	for i := 0; i < 5; i++ {
		list = newNode(i, list)
	}
	t := 0
	for n := list; n != nil; n = n.Next {
		t += n.Val
	}
	println("list", t, list.Val, list.Next.Val)
	println(apply(makeAdder(5), 10))
	inc, get := makeCounter()
	inc()
	inc()
	println(get())
	c := &Counter{name: "c"}
	f := c.Inc
	f()
	f()
	println(c.n, c.name)
	g := (*Counter).Inc
	println(g(c))
	h := Point.Add
	println(h(Point{1, 1}, Point{2, 2}).X)
	var op Op = func(a, b int) int { return a * b }
	println(op(6, 7))
	var nf func()
	println(nf == nil, op != nil)
	anon := struct {
		a int
		b string
	}{1, "x"}
	println(anon.a, anon.b)
	funcs := []func() int{}
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		println(fn())
	}
	np := new(int)
	*np = 5
	println(*np)
	type pair struct {
		a [2]string
		b float64
	}
	x1 := pair{[2]string{"a", "b"}, 1.5}
	x2 := pair{[2]string{"a", "b"}, 1.5}
	println(x1 == x2)
	x2.a[1] = "c"
	println(x1 == x2)
	mv := p.Add
	println(mv(Point{1, 1}).Y)
}
