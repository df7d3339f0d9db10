// Making and growing slices: MakeSlice, Append, AppendSlice and Copy, with gc's checks.
package reflect

import "unsafe"

// sliceHeader is a slice's memory layout.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// MakeSlice creates a new zero-initialised slice value.
func MakeSlice(typ Type, len, cap int) Value {
	t := typ.common()
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	switch {
	case len < 0:
		panic("reflect.MakeSlice: negative len")
	case cap < 0:
		panic("reflect.MakeSlice: negative cap")
	case len > cap:
		panic("reflect.MakeSlice: len > cap")
	}
	s := &sliceHeader{alloc(uint32(cap)*t.elem.size, nil), len, cap}
	return Value{typ: t, ptr: unsafe.Pointer(s)}
}

// grow returns s with extra more elements, reallocated (by doubling, as gc does for small
// slices) when its capacity is too small, and the old and new lengths.
func grow(s Value, extra int) (Value, int, int) {
	i0 := s.Len()
	i1 := i0 + extra
	if i1 < i0 {
		panic("reflect.Append: slice overflow")
	}
	m := s.Cap()
	if i1 <= m {
		return s.Slice(0, i1), i0, i1
	}
	if m == 0 {
		m = extra
	}
	for m < i1 {
		if i0 < 256 {
			m += m
		} else {
			m += (m + 3*256) / 4
		}
	}
	t := MakeSlice(s.typ, i1, m)
	Copy(t, s)
	return t, i0, i1
}

// Append appends the values x to the slice s; each must be assignable to its element type.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	s, i0, i1 := grow(s, len(x))
	for i, j := i0, 0; i < i1; i, j = i+1, j+1 {
		s.Index(i).Set(x[j])
	}
	return s
}

// AppendSlice appends the slice t to the slice s; their element types must be the same.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.elem.String() + " != " + t.typ.elem.String())
	}
	s, i0, i1 := grow(s, t.Len())
	Copy(s.Slice(i0, i1), t)
	return s
}

// Copy copies src (a slice, array, or a string into bytes) into dst (a slice or an
// addressable array) until either is exhausted; it returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeSettable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.Kind()
	stringCopy := sk == String && dst.typ.elem.Kind() == Uint8
	if sk != Array && sk != Slice && !stringCopy {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported("reflect.Copy")
	if !stringCopy && dst.typ.elem != src.typ.elem {
		panic("reflect.Copy: " + dst.typ.elem.String() + " != " + src.typ.elem.String())
	}
	d, s := dst.ptr, src.ptr
	if dk == Slice {
		d = (*sliceHeader)(d).data
	}
	if sk != Array {
		s = (*sliceHeader)(s).data // a string's data word is where a slice's is
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	memmove(d, s, uintptr(n)*uintptr(dst.typ.elem.size))
	return n
}
