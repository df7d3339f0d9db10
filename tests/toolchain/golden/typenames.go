// Type names as gc's reflect spells them (%T, reflect's Type.String and Name, type assertion
// panics, "interface is nil" for a nil one): byte and rune as uint8 and int32,
// "struct { a int }", "interface {}", type arguments without spaces; and the debug
// information of a generic method whose type parameter is a struct.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ a int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }

func main() {
	var rch <-chan []byte
	var cc chan (<-chan int)
	var f func(int, ...string) (bool, error)
	for _, v := range []interface{}{
		[]byte{}, 'x', map[byte]rune{}, rch, cc, f, func() rune { return 0 },
		struct{}{}, struct{ a, B int }{}, struct {
			X int `json:"x"`
		}{}, struct{ T }{}, []interface{}{}, []interface{ M() }{},
		Pair[int, []byte]{}, &Pair[string, Pair[byte, T]]{}, [0]struct{}{},
	} {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%q %q %q\n", reflect.TypeOf(Pair[int, rune]{}).Name(), reflect.TypeOf(T{}).Name(), reflect.TypeOf(map[string]T{}).Name())
	var s Stack[Pair[int, []byte]]
	s.Push(Pair[int, []byte]{1, []byte("hi")})
	fmt.Printf("%+v\n", s.items)
	try := func(f func()) {
		defer func() { fmt.Println(recover()) }()
		f()
	}
	var x interface{} = []byte{}
	try(func() { _ = x.([]rune) })
	var nilStringer fmt.Stringer
	try(func() { _ = nilStringer.(interface{ M() }) })
	try(func() { _ = x.(fmt.Stringer) })
}
