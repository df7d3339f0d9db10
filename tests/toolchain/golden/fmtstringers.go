// fmt calls String, Error and Format on values it reaches through reflection (slice and
// array elements, map keys and values, exported struct fields, pointed-to structs) even when
// the program never converts their type to an interface itself; not on unexported fields.
package main

import (
	"fmt"
	"sort"
)

type color int

func (c color) String() string { return [...]string{"red", "green", "blue"}[c] }

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type fault struct{ code int }

func (f fault) Error() string { return fmt.Sprint("fault ", f.code) }

type hexer uint16

func (h hexer) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "H%04x", uint16(h)) }

type reading struct {
	T    temp
	C    *color
	Errs []fault
	hid  temp
}

func main() {
	fmt.Println(map[color]int{2: 1, 0: 2})
	fmt.Println(map[string]color{"a": 1}, []color{1, 2}, [2]temp{1, 2})
	g := color(1)
	r := reading{T: 3, C: &g, Errs: []fault{{7}}, hid: 4}
	fmt.Printf("%v %+v\n", r, []*reading{&r}[0])
	fmt.Println(map[string][]temp{"x": {5}}, [][]hexer{{255, 4096}})
	fmt.Printf("%v %d %s\n", []hexer{1}, []color{2}, map[fault]bool{{1}: true})
	cs := []color{2, 0, 1}
	sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
	fmt.Println(cs, struct {
		A []color
		b color
	}{cs[:1], 2})
}
