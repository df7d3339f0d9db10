// Nil receivers panic where and as gc says: a method value of a nil interface when it is
// evaluated (a nil dereference, not a failed type assertion), and a value method called
// through a nil pointer with gc's panicwrap text (a runtime.plainError).
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int { return t.n }
func (t *T) Ptr() int {
	if t == nil {
		return -1
	}
	return t.n
}

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type I interface{ Val() int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v (%T)\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "returned")
}

func main() {
	var p *T
	var i I
	var vp *V
	var s fmt.Stringer = vp
	try("pointer method on nil", func() { fmt.Println(p.Ptr()) })
	try("method value of nil interface", func() { f := i.Val; fmt.Println("not reached"); f() })
	try("value method value through nil pointer", func() { f := p.Val; fmt.Println("not reached"); f() })
	try("value method through nil pointer in interface", func() { fmt.Println(s.String()) })
	try("explicit assertion of nil interface", func() { _ = i.(I) })
	i = T{7}
	f := i.Val
	i = T{8}
	fmt.Println(f(), i.Val())
	fmt.Println(vp, s)
}
