// Values reached through unexported struct fields are read-only in reflect, as in gc: fmt
// prints them without calling their String or Error methods, CanSet and CanInterface are
// false, and Interface and Set panic. Exported fields keep their methods.
package main

import (
	"fmt"
	"reflect"
)

type name string

func (n name) String() string { return "NAME(" + string(n) + ")" }

type code int

func (c code) Error() string { return fmt.Sprint("code ", int(c)) }

type rec struct {
	Pub  name
	priv name
	err  error
	Err  error
	list []name
	ptr  *name
	m    map[string]name
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, recover()) }()
	f()
}

func main() {
	r := rec{"a", "b", code(1), code(2), []name{"c"}, nil, map[string]name{"k": "v"}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(r.priv, []name{"x"}, struct{ N name }{"y"}, struct{ n name }{"z"})
	v := reflect.ValueOf(&r).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.CanSet(), f.CanInterface(), f.CanAddr())
	}
	n := name("p")
	r.ptr = &n
	fmt.Println(v.Field(4).Index(0).CanInterface(), v.Field(5).Elem().CanInterface(), v.Field(2).Elem().CanInterface())
	fmt.Println(v.Field(1).String(), v.Field(4).Len(), v.Field(4).Index(0).String())
	try("interface", func() { fmt.Println(v.Field(1).Interface()) })
	try("set", func() { v.Field(1).SetString("q") })
	try("set from", func() { v.Field(0).Set(v.Field(1)) })
	v.Field(0).SetString("pub2")
	fmt.Println(v.Field(0).Interface(), r.Pub)
}
