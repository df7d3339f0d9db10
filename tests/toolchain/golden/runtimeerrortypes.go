// The dynamic types of run-time panic values are gc's: runtime.boundsError, errorString,
// plainError (no "runtime error: " prefix) and *runtime.TypeAssertionError, all runtime.Error.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isTA := r.(*runtime.TypeAssertionError)
		fmt.Printf("%T %v %v %v\n", r, isRT, isTA, r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var i interface{} = "x"
	var p *int
	z := 0
	n := -1
	try(func() { _ = s[3] })
	try(func() { _ = s[1:n+3] })
	try(func() { m["a"] = 1 })
	try(func() { _ = i.(int) })
	try(func() { _ = i.(fmt.Stringer) })
	try(func() { _ = *p })
	try(func() { _ = 1 / z })
	try(func() { _ = 1 << n })
	try(func() { _ = make([]int, n) })
	try(func() { var c chan int; close(c) })
	try(func() { _ = interface{}([]int{}) == interface{}([]int{}) })
	try(func() { bits.Div32(1, 0, 0) })
	try(func() { _ = (*[2]int)(s) })
	try(func() { panic(fmt.Errorf("custom")) })
}
