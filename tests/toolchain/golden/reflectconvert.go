package main

// Reflection that encoding/json needs: Addr, Set with assignability, MakeMap and
// SetMapIndex (and deleting), Convert/CanConvert, ConvertibleTo/AssignableTo/Implements,
// Append/Copy/SetLen, MapIter.Reset and SetIterKey/SetIterValue, embedded unexported
// fields, with gc's panics.

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type Name string
type Bytes []byte
type IntSlice []int
type Stringer interface{ String() string }

type T struct {
	A int
	b string
}

func (t T) String() string { return fmt.Sprintf("T(%d)", t.A) }

type inner struct {
	X int
	y int
}

type Outer struct {
	inner
	Z int
}

type Tagged struct {
	A int `json:"a"`
}
type Plain struct{ A int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	// Addr and CanAddr.
	x := 5
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.CanAddr(), v.Addr().Interface() == &x, reflect.ValueOf(x).CanAddr())
	try("Addr", func() { reflect.ValueOf(x).Addr() })
	s := []T{{1, "a"}}
	p := reflect.ValueOf(s).Index(0).Addr().Interface().(*T)
	p.A = 9
	fmt.Println(s[0], reflect.ValueOf(s).Index(0).Field(0).CanSet(), reflect.ValueOf(s).Index(0).Field(1).CanSet())

	// Set: assignability, interfaces, named and unnamed types.
	var st Stringer
	sv := reflect.ValueOf(&st).Elem()
	sv.Set(reflect.ValueOf(T{3, ""}))
	fmt.Println(st, sv.NumMethod(), sv.Kind())
	try("Set", func() { sv.Set(reflect.ValueOf(4)) })
	var is IntSlice
	reflect.ValueOf(&is).Elem().Set(reflect.ValueOf([]int{1, 2}))
	fmt.Println(is, len(is))
	try("Set named", func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(Celsius(1))) })
	try("Set unaddressable", func() { reflect.ValueOf(x).Set(reflect.ValueOf(1)) })
	try("SetInt unexported", func() { reflect.ValueOf(&s[0]).Elem().Field(1).SetString("z") })

	// Maps.
	mt := reflect.TypeOf(map[Name]int{})
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf(Name("a")), reflect.ValueOf(1))
	m.SetMapIndex(reflect.ValueOf(Name("b")), reflect.ValueOf(2))
	m.SetMapIndex(reflect.ValueOf(Name("c")), reflect.ValueOf(3))
	m.SetMapIndex(reflect.ValueOf(Name("b")), reflect.Value{})
	fmt.Println(m.Interface(), m.Len(), m.MapIndex(reflect.ValueOf(Name("c"))))
	try("SetMapIndex key", func() { m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1)) })
	try("SetMapIndex nil map", func() {
		var nm map[string]int
		reflect.ValueOf(nm).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	im := reflect.MakeMapWithSize(reflect.TypeOf(map[string]interface{}{}), 4)
	im.SetMapIndex(reflect.ValueOf("n"), reflect.ValueOf(1.5))
	im.SetMapIndex(reflect.ValueOf("s"), reflect.ValueOf([]interface{}{true, nil}))
	fmt.Println(im.Interface())
	it := m.MapRange()
	var keys []string
	k := reflect.New(reflect.TypeOf(Name(""))).Elem()
	e := reflect.New(reflect.TypeOf(0)).Elem()
	for it.Next() {
		k.SetIterKey(it)
		e.SetIterValue(it)
		keys = append(keys, fmt.Sprint(k, "=", e))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	try("SetIterKey exhausted", func() { k.SetIterKey(it) })
	it.Reset(m)
	try("SetIterValue before Next", func() { e.SetIterValue(it) })

	// Conversions.
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(int8(0))).Interface())
	fmt.Println(reflect.ValueOf(-1).Convert(reflect.TypeOf(uint16(0))).Interface())
	fmt.Println(reflect.ValueOf(uint8(200)).Convert(reflect.TypeOf(Celsius(0))).Interface())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf("héllo").Convert(reflect.TypeOf(Bytes(nil))).Interface())
	fmt.Println(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune(nil))).Interface())
	fmt.Println(reflect.ValueOf([]byte("hi")).Convert(reflect.TypeOf(Name(""))).Interface())
	fmt.Println(reflect.ValueOf(Name("q")).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf(Tagged{7}).Convert(reflect.TypeOf(Plain{})).Interface())
	fmt.Println(reflect.ValueOf(T{2, ""}).Convert(reflect.TypeOf((*Stringer)(nil)).Elem()).Interface())
	fmt.Println(reflect.ValueOf(complex64(1 + 2i)).Convert(reflect.TypeOf(complex128(0))).Interface())
	arr := reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf((*[2]int)(nil))).Interface().(*[2]int)
	fmt.Println(*arr)
	fmt.Println(reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf((*[2]int)(nil))), reflect.ValueOf(1).CanConvert(reflect.TypeOf("")))
	try("Convert slice", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf((*[2]int)(nil))) })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(0)) })
	ti, tf, ts := reflect.TypeOf(0), reflect.TypeOf(0.0), reflect.TypeOf("")
	fmt.Println(ti.ConvertibleTo(tf), ts.ConvertibleTo(ti), reflect.TypeOf(Bytes(nil)).ConvertibleTo(ts))
	fmt.Println(reflect.TypeOf([]int(nil)).AssignableTo(reflect.TypeOf(IntSlice(nil))), reflect.TypeOf(Celsius(0)).AssignableTo(tf))
	strT := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(T{}).Implements(strT), ti.Implements(strT), reflect.TypeOf(T{}).AssignableTo(strT))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(T{})).Implements(strT), strT.NumMethod(), reflect.TypeOf((*interface{})(nil)).Elem().NumMethod())
	try("Implements", func() { ti.Implements(ti) })

	// Slices.
	sl := reflect.ValueOf([]string{"a"})
	sl = reflect.Append(sl, reflect.ValueOf("b"), reflect.ValueOf("c"))
	sl = reflect.AppendSlice(sl, reflect.ValueOf([]string{"d"}))
	fmt.Println(sl.Interface(), sl.Len())
	dst := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	fmt.Println(reflect.Copy(dst, sl), dst.Interface(), dst.Cap())
	b := make([]byte, 3)
	fmt.Println(reflect.Copy(reflect.ValueOf(b), reflect.ValueOf("xyzw")), string(b))
	ps := &[]int{1, 2, 3}
	pv := reflect.ValueOf(ps).Elem()
	pv.SetLen(1)
	fmt.Println(*ps, cap(*ps))
	try("SetLen", func() { pv.SetLen(9) })
	try("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 2) })
	try("Append", func() { reflect.Append(sl, reflect.ValueOf(1)) })
	try("Copy", func() { reflect.Copy(dst, reflect.ValueOf([]int{1})) })

	// Zero and New.
	z := reflect.Zero(reflect.TypeOf(T{}))
	fmt.Println(z.Interface(), z.CanSet(), reflect.New(reflect.TypeOf(Name(""))).Elem().CanSet())
	try("Zero", func() { reflect.Zero(nil) })

	// Embedded unexported structs: their exported fields are settable.
	var o Outer
	ov := reflect.ValueOf(&o).Elem()
	fmt.Println(ov.Field(0).CanSet(), ov.Field(0).Field(0).CanSet(), ov.Field(0).Field(1).CanSet(), ov.Field(0).CanInterface())
	ov.Field(0).Field(0).SetInt(4)
	ov.Field(1).SetInt(5)
	fmt.Println(o.X, o.Z)
	try("embedded", func() { ov.Field(0).Field(1).SetInt(1) })

	// Overflow checks by kind.
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(uint8(0)).OverflowUint(255), reflect.ValueOf(float32(0)).OverflowFloat(1e39))
	try("OverflowInt", func() { reflect.ValueOf("").OverflowInt(1) })
}
