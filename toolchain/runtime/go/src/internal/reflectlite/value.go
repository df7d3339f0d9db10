// Values for internal/reflectlite: a type and a pointer to memory holding the value.
package reflectlite

import "unsafe"

// Value is a reflected value; ptr always points to memory holding the value.
type Value struct {
	typ      *rtype
	ptr      unsafe.Pointer
	settable bool
}

// ValueError is the panic value of a method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	return "reflect: call of " + e.Method + " on wrong kind of value"
}

// ValueOf returns a Value holding the dynamic value of i.
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	if e.typ == nil {
		return Value{}
	}
	if e.typ.flags&flagDirect != 0 {
		p := new(unsafe.Pointer)
		*p = e.data
		return Value{typ: e.typ, ptr: unsafe.Pointer(p)}
	}
	return Value{typ: e.typ, ptr: e.data}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Type() Type { return toType(v.typ) }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) CanSet() bool { return v.settable }

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Pointer, Map, Chan, UnsafePointer, Slice, Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Func:
		return (*[2]unsafe.Pointer)(v.ptr)[1] == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

// Elem returns the value a pointer points to or an interface holds.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: v.typ.elem, ptr: p, settable: true}
	case Interface:
		return ValueOf(*(*any)(v.ptr))
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

// Len returns the length of a slice, string or array.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return (*[3]int)(v.ptr)[1]
	case Array:
		if v.typ.elem == nil || v.typ.elem.size == 0 {
			return 0
		}
		return int(v.typ.size / v.typ.elem.size)
	}
	panic(&ValueError{"reflectlite.Value.Len", v.Kind()})
}

// Set assigns x to v, which must be settable.
func (v Value) Set(x Value) {
	if !v.settable {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if v.Kind() == Interface {
		e := (*eface)(v.ptr)
		if x.typ == nil {
			e.typ, e.data = nil, nil
			return
		}
		if x.Kind() == Interface {
			*e = *(*eface)(x.ptr)
			return
		}
		e.typ = x.typ
		if x.typ.flags&flagDirect != 0 {
			e.data = *(*unsafe.Pointer)(x.ptr)
		} else {
			e.data = x.ptr
		}
		return
	}
	if x.typ != v.typ {
		panic("reflect.Set: value of type " + x.typ.name + " is not assignable to type " + v.typ.name)
	}
	memmove(v.ptr, x.ptr, uintptr(v.typ.size))
}

func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n == 0 {
		return
	}
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
}

// Swapper returns a function that swaps the elements of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	hdr := (*struct {
		data unsafe.Pointer
		len  int
		cap  int
	})(v.ptr)
	size := uintptr(v.typ.elem.size)
	n := hdr.len
	data := hdr.data
	tmp := make([]byte, size)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(data, uintptr(i)*size)
		b := unsafe.Add(data, uintptr(j)*size)
		if size == 0 {
			return
		}
		t := unsafe.Pointer(&tmp[0])
		memmove(t, a, size)
		memmove(a, b, size)
		memmove(b, t, size)
	}
}
