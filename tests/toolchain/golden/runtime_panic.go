// exit: 2
package main

import "errors"

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "recovered error:", e.Error())
		} else {
			println(name, "recovered:", r != nil)
		}
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *myErr
	var c chan int
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[3] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { println(p.code) })
	try("divide", func() { println(1 / zero) })
	try("close nil", func() { close(c) })
	try("assert", func() { _ = i.(int) })
	try("custom", func() { panic(&myErr{7}) })
	try("nested", func() {
		defer func() { println("inner deferred runs") }()
		panic("inner")
	})
	panic(errors.New("final"))
}
