// Unhashable and uncomparable dynamic values, as gc reports them: maps held in interfaces
// compare with a panic (a map is pointer-shaped but not comparable), and a lookup or delete
// hashes an interface key (or a struct key holding one) even in an empty or nil map.
package main

import "fmt"

type K struct {
	a int
	v interface{}
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var nilm map[interface{}]int
	empty := map[interface{}]int{}
	var nilk map[K]bool
	emptyk := map[K]bool{}
	var ia, ib interface{} = map[int]int{}, map[int]int{}
	var ic interface{} = make(chan int)
	try("iface map ==", func() { fmt.Println(ia == ib) })
	try("iface chan ==", func() { fmt.Println(ic == ic, ic == ia) })
	try("nil lookup", func() { _ = nilm[[]int{}] })
	try("empty lookup", func() { _ = empty[map[int]bool{}] })
	try("nil delete", func() { delete(nilm, func() {}) })
	try("empty delete", func() { delete(empty, []byte{}) })
	try("struct nil", func() { _, ok := nilk[K{1, []int{}}]; fmt.Println(ok) })
	try("struct empty", func() { _ = emptyk[K{1, map[int]int{}}] })
	try("map key", func() { empty[ia] = 1 })
	try("ok lookups", func() { fmt.Println(nilm[1], empty["x"], nilk[K{}], len(emptyk)) })
	empty[K{2, "x"}] = 3
	delete(empty, 7)
	fmt.Println(empty[K{2, "x"}], len(empty))
}
