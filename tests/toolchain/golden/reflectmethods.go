// Reflection over methods: Type.NumMethod, Method, MethodByName (sorted by name, exported
// only), methods of a pointer type, Method.Func as a func value and through Call,
// Value.Method(i).Call, Value.MethodByName, calls with several arguments and results,
// variadic calls, and fmt still printing through reflect.
package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Name() string          { return c.name }
func (c Counter) Add(a, b int) int      { return c.n + a + b }
func (c Counter) hidden() int           { return 7 }
func (c *Counter) Inc(by int)           { c.n += by }
func (c *Counter) Split() (int, string) { return c.n, c.name }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func (c Celsius) Sum(xs ...int) int {
	s := int(c)
	for _, x := range xs {
		s += x
	}
	return s
}

type Big struct {
	a [20]int
}

func (b Big) First() int { return b.a[0] + b.a[19] }

func main() {
	c := Counter{name: "clicks", n: 3}
	t := reflect.TypeOf(c)
	fmt.Println(t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index, m.PkgPath == "", m.IsExported())
	}
	pt := reflect.TypeOf(&c)
	fmt.Println(pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Println(pt.Method(i).Name, pt.Method(i).Type)
	}
	if _, ok := t.MethodByName("Inc"); !ok {
		fmt.Println("no Inc on the value type")
	}
	if _, ok := t.MethodByName("hidden"); !ok {
		fmt.Println("no hidden")
	}

	m, ok := t.MethodByName("Add")
	fmt.Println(m.Name, ok)
	add := m.Func.Interface().(func(Counter, int, int) int)
	fmt.Println(add(c, 10, 20))
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(1), reflect.ValueOf(2)})
	fmt.Println(len(out), out[0].Int(), out[0].Type())

	v := reflect.ValueOf(c)
	fmt.Println(v.NumMethod())
	name := v.Method(1).Call(nil)
	fmt.Println(name[0].String())
	fmt.Println(v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(4), reflect.ValueOf(5)})[0].Int())
	fmt.Println(v.MethodByName("Nope").IsValid())

	pv := reflect.ValueOf(&c)
	pv.MethodByName("Inc").Call([]reflect.Value{reflect.ValueOf(39)})
	fmt.Println(c.n)
	res := pv.MethodByName("Split").Call(nil)
	fmt.Println(res[0].Int(), res[1].String())
	inc := pv.MethodByName("Inc").Interface().(func(int))
	inc(8)
	fmt.Println(c.n, pv.MethodByName("Inc").Type())

	temp := Celsius(21.5)
	tv := reflect.ValueOf(temp)
	fmt.Println(tv.Method(0).Type(), tv.Method(1).Type())
	fmt.Println(tv.MethodByName("String").Call(nil)[0])
	sum := tv.MethodByName("Sum")
	fmt.Println(sum.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(sum.CallSlice([]reflect.Value{reflect.ValueOf([]int{10, 20})})[0].Int())
	fmt.Println(sum.Call(nil)[0].Int())

	var b Big
	b.a[0], b.a[19] = 5, 6
	fmt.Println(reflect.ValueOf(b).Method(0).Call(nil)[0].Int())
	bm, _ := reflect.TypeOf(b).MethodByName("First")
	fmt.Println(bm.Func.Call([]reflect.Value{reflect.ValueOf(b)})[0].Int())

	double := func(x int, s string) (string, int) { return s + s, x * 2 }
	r := reflect.ValueOf(double).Call([]reflect.Value{reflect.ValueOf(21), reflect.ValueOf("ab")})
	fmt.Println(r[0].String(), r[1].Int())
	isStringer := func(x any) bool { _, ok := x.(fmt.Stringer); return ok }
	fmt.Println(reflect.ValueOf(isStringer).Call([]reflect.Value{reflect.ValueOf(temp)})[0].Bool())

	np := reflect.New(reflect.TypeOf(c))
	fmt.Println(np.Type(), reflect.PointerTo(t) == pt, np.Elem().Interface())
	fmt.Printf("%v %+v\n", c, c)
}
