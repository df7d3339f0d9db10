// Maps and channels through the C runtime's functions (abi.h).
package reflect

import "unsafe"

//go:linkname mapLen runtime_mapLen
func mapLen(m unsafe.Pointer) int32

//go:linkname mapLookup runtime_mapLookup
func mapLookup(m, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapMake runtime_mapMake
func mapMake(key, value *rtype, hint int32) unsafe.Pointer

//go:linkname mapAssign runtime_mapAssign
func mapAssign(m, key, pos unsafe.Pointer) unsafe.Pointer

//go:linkname mapDelete runtime_mapDelete
func mapDelete(m, key unsafe.Pointer)

//go:linkname mapNext runtime_mapNext
func mapNext(m, it unsafe.Pointer, key, value *unsafe.Pointer) int32

//go:linkname chanLen runtime_chanLen
func chanLen(c unsafe.Pointer) int32

//go:linkname chanCap runtime_chanCap
func chanCap(c unsafe.Pointer) int32

// MapIndex returns the value associated with key in the map v, or the zero Value.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	k := key.assignTo("reflect.Value.MapIndex", (*rtype)(v.typ.extra))
	p := mapLookup(*(*unsafe.Pointer)(v.ptr), k.ptr)
	if p == nil {
		return Value{}
	}
	r := makeValue(v.typ.elem, p, 0)
	r.flag = (v.flag | key.flag) & flagRO
	return r
}

// MakeMap creates a new map of the given type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map of the given type with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	p := new(unsafe.Pointer)
	*p = mapMake((*rtype)(t.extra), t.elem, int32(n))
	return Value{typ: t, ptr: unsafe.Pointer(p)}
}

// SetMapIndex sets the element associated with key in the map v to elem, or deletes key
// when elem is the zero Value. Key and elem must be assignable to the map's types.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", (*rtype)(v.typ.extra))
	m := *(*unsafe.Pointer)(v.ptr)
	if elem.typ == nil {
		mapDelete(m, key.ptr)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", v.typ.elem)
	memmove(mapAssign(m, key.ptr, nil), elem.ptr, uintptr(v.typ.elem.size))
}

// MapKeys returns the keys of the map v, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	var keys []Value
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m     Value
	state [4]uint32
	key   unsafe.Pointer
	value unsafe.Pointer
	done  bool
}

func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "reflect.Value.MapRange")
	return &MapIter{m: v}
}

func (it *MapIter) Next() bool {
	if it.done {
		return false
	}
	if mapNext(*(*unsafe.Pointer)(it.m.ptr), unsafe.Pointer(&it.state), &it.key, &it.value) == 0 {
		it.done = true
		return false
	}
	return true
}

func (it *MapIter) Key() Value   { return it.ro(makeValue((*rtype)(it.m.typ.extra), it.key, 0)) }
func (it *MapIter) Value() Value { return it.ro(makeValue(it.m.typ.elem, it.value, 0)) }

// Reset makes it iterate over the map v (or over nothing, for the zero Value) from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*it = MapIter{m: v}
}

// SetIterKey assigns to v the key of the iterator's current entry (v.Set(it.Key())).
func (v Value) SetIterKey(it *MapIter) {
	p := it.entry(it.key, "SetIterKey")
	v.setFromMap("reflect.Value.SetIterKey", "reflect.MapIter.SetKey", Value{typ: (*rtype)(it.m.typ.extra), ptr: p, flag: it.m.flag & flagRO})
}

// SetIterValue assigns to v the value of the iterator's current entry (v.Set(it.Value())).
func (v Value) SetIterValue(it *MapIter) {
	p := it.entry(it.value, "SetIterValue")
	v.setFromMap("reflect.Value.SetIterValue", "reflect.MapIter.SetValue", Value{typ: it.m.typ.elem, ptr: p, flag: it.m.flag & flagRO})
}

// entry returns the current key or value slot, panicking as gc does outside an entry.
func (it *MapIter) entry(p unsafe.Pointer, method string) unsafe.Pointer {
	if it.key == nil {
		panic("reflect: Value." + method + " called before Next")
	}
	if it.done {
		panic("reflect: Value." + method + " called on exhausted iterator")
	}
	return p
}

func (v Value) setFromMap(method, context string, x Value) {
	v.mustBeSettable(method)
	x = x.assignTo(context, v.typ)
	memmove(v.ptr, x.ptr, uintptr(v.typ.size))
}

// ro marks a key or value read-only when the map was reached through an unexported field.
func (it *MapIter) ro(v Value) Value {
	v.flag |= it.m.flag & flagRO
	return v
}

// Swapper returns a function that swaps the elements of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := (*[3]uintptr)(v.ptr)
	size := uintptr(v.typ.elem.size)
	data, n := unsafe.Pointer(s[0]), int(s[1])
	tmp := make([]byte, size+1)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a, b := unsafe.Add(data, uintptr(i)*size), unsafe.Add(data, uintptr(j)*size)
		t := unsafe.Pointer(&tmp[0])
		memmove(t, a, size)
		memmove(a, b, size)
		memmove(b, t, size)
	}
}

// DeepEqual reports whether x and y are deeply equal (no cycle detection).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	return deepValueEqual(ValueOf(x), ValueOf(y), 0)
}

func deepValueEqual(v1, v2 Value, depth int) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if depth > 100 {
		panic("reflect.DeepEqual: too deep (cyclic value?)")
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), depth+1) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), depth+1) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), depth+1)
	case Pointer:
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), depth+1)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), depth+1) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1, val2 := v1.MapIndex(k), v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, depth+1) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case String:
		return v1.String() == v2.String()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	a := unsafe.Slice((*byte)(v1.ptr), v1.typ.size)
	b := unsafe.Slice((*byte)(v2.ptr), v2.typ.size)
	return string(a) == string(b)
}
