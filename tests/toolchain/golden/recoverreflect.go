// recover() in a method deferred through a reflect method value (reflect's bound thunk is a
// wrapper, transparent to recover as in gc); called, not deferred, it recovers nothing.
package main

import (
	"fmt"
	"reflect"
)

type S struct{ name string }

func (s *S) Rec() { fmt.Println(s.name, "recovered:", recover()) }
func (s *S) Plain() { fmt.Println(s.name, "plain") }

func viaReflect() {
	f := reflect.ValueOf(&S{"reflect method value"}).Method(1).Interface().(func())
	defer f()
	panic("boom")
}

func notDeferred() {
	defer func() { fmt.Println("leftover:", recover()) }()
	f := reflect.ValueOf(&S{"called, not deferred"}).MethodByName("Rec").Interface().(func())
	f()
	panic("kept")
}

func main() {
	func() {
		defer func() { fmt.Println("leftover:", recover()) }()
		viaReflect()
	}()
	notDeferred()
	reflect.ValueOf(&S{"x"}).MethodByName("Plain").Call(nil)
}
