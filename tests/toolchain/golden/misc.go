package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Animal interface{ Sound() string }
type Named interface{ Name() string }
type Pet interface {
	Animal
	Named
}

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Base struct{ id int }

func (b *Base) ID() int     { return b.id }
func (b Base) Describe() string { return "base" }

type Derived struct {
	Base
	extra string
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func variadic(prefix string, nums ...int) int {
	s := len(prefix)
	for _, n := range nums {
		s += n
	}
	return s
}

func multi() (int, string, error) { return 1, "two", nil }

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }
func (s *stack) pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	println(Red.String(), Blue.String(), Green)
	var p Pet = Dog{"rex"}
	println(p.Sound(), p.Name())
	var a Animal = p
	if n, ok := a.(Named); ok {
		println("named", n.Name())
	}
	d := Derived{Base{7}, "x"}
	println(d.ID(), d.Describe(), d.id)
	dp := &d
	dp.id = 9
	println(d.ID())
	m := Matrix{{1, 2}, {3, 4}}
	r := m.Mul(m)
	println(r[0][0], r[0][1], r[1][0], r[1][1])
	println(variadic("ab", 1, 2, 3), variadic(""))
	x, y, err := multi()
	println(x, y, err == nil)
	var s stack
	s.push(1)
	s.push(2)
	println(s.pop(), s.pop(), len(s))
	fs := []func(int) int{
		func(v int) int { return v + 1 },
		func(v int) int { return v * 10 },
	}
	println(apply(fs, 4))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	println(arr[3], len(sl), cap(sl))
	type kv struct {
		k string
		v int
	}
	pairs := []kv{{"a", 1}, {"b", 2}}
	for i := range pairs {
		pairs[i].v *= 10
	}
	for _, pr := range pairs {
		pr.v = 0
	}
	println(pairs[0].v, pairs[1].v)
	bad := "a\xffb"
	for i, r := range bad {
		println(i, r)
	}
	println(len([]rune(bad)))
	var iface interface{} = Blue
	switch v := iface.(type) {
	case interface{ String() string }:
		println("stringer", v.String())
	}
	total := 0
	for i := range [10]struct{}{} {
		total += i
	}
	println(total)
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		print(v, " ")
	}
	println()
	var np *Dog
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		println(np.name)
	}()
	mm := map[Color][]string{}
	mm[Red] = append(mm[Red], "apple")
	mm[Red] = append(mm[Red], "cherry")
	println(len(mm[Red]), mm[Red][1])
	const big = 1 << 40
	println(big>>38, uint8(big>>33))
	str := "hello"
	bs := []byte(str)
	bs[0] = 'H'
	println(str, string(bs))
	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = 32767
	i16++
	println(u8, i16, -7/2, -7%2, 7>>1, -7>>1)
	lbl := 0
outer:
	for {
		for {
			lbl++
			if lbl > 5 {
				break outer
			}
			if lbl%2 == 0 {
				continue outer
			}
		}
	}
	println("lbl", lbl)
}
