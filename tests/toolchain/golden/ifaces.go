package main

import "errors"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Area() int   { return s.s * s.s }
func (s *Square) Name() string { return "square" }

type Named struct {
	Rect
	label string
}

func (n Named) Name() string { return "named " + n.label }

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return "celsius" }

type MyErr struct{ msg string }

func (e MyErr) Error() string { return "my error: " + e.msg }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	case bool, float64:
		return "bool or float"
	case Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case []int:
		return "slice"
	default:
		return "other"
	}
}

func find(ok bool) error {
	if ok {
		return nil
	}
	return MyErr{"not found"}
}

var ErrSentinel = errors.New("sentinel")

func get(i int) error {
	if i == 0 {
		return ErrSentinel
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Named{Rect{1, 1}, "n"}}
	total := 0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name(), s.Area())
	}
	println("total", total)
	for _, x := range []interface{}{nil, 5, 50, "s", true, 1.5, Celsius(3), MyErr{"x"}, []int{1}, Rect{}} {
		println(describe(x))
	}
	var e error = find(true)
	println(e == nil)
	e = find(false)
	println(e != nil, e.Error())
	if me, ok := e.(MyErr); ok {
		println("is MyErr", me.msg)
	}
	_, ok := e.(Stringer)
	println(ok)
	println(get(0) == ErrSentinel, get(1) == nil, get(0).Error())
	var a, b interface{} = 3, 3
	println(a == b, a != "3", interface{}(Rect{1, 2}) == interface{}(Rect{1, 2}))
	var s Shape = Rect{5, 5}
	r := s.(Rect)
	println(r.w)
	sq, ok := s.(*Square)
	println(sq == nil, ok)
	var i interface{} = s
	if sh, ok := i.(Shape); ok {
		println("shape", sh.Area())
	}
	f := s.Area
	println(f())
	g := Shape.Name
	println(g(s))
	var st fmtStringer = Celsius(1)
	println(st.String())
	m := map[interface{}]int{1: 1, "a": 2, Rect{1, 1}: 3}
	println(m[1], m["a"], m[Rect{1, 1}], m[2.5])
}

type fmtStringer interface{ String() string }
