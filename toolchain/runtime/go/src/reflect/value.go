// Values: a type and a pointer to memory holding the value.
package reflect

import (
	"math"
	"unsafe"
)

const flagAddr = 1 // the value lives in memory the program owns: settable, addressable

// flagRO marks a value reached through an unexported struct field, as in gc: it reads, but
// cannot be set or turned back into an interface (so fmt prints it without calling its
// String or Error method). Values derived from it inherit flagRO.
const flagRO = 2

// flagEmbedRO says that flagRO comes only from an unexported embedded field: taking one of
// that value's own fields clears both (its exported fields are promoted), as gc's
// flagEmbedRO. Derived values other than fields keep flagRO alone.
const flagEmbedRO = 4

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag uintptr
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

//go:linkname alloc runtime_alloc
func alloc(size uint32, layout unsafe.Pointer) unsafe.Pointer

func newObject(t *rtype) unsafe.Pointer { return alloc(t.size, nil) }

// makeValue returns a new value of type t holding a copy of the t.size bytes at p.
func makeValue(t *rtype, p unsafe.Pointer, fl uintptr) Value {
	q := newObject(t)
	memmove(q, p, uintptr(t.size))
	return Value{typ: t, ptr: q, flag: fl}
}

func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n > 0 {
		copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
	}
}

// ValueOf returns a new Value holding the dynamic value of i.
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
	if e.data == nil {
		return Value{typ: e.typ, ptr: newObject(e.typ)}
	}
	return Value{typ: e.typ, ptr: e.data}
}

// Zero returns a Value holding the zero value of typ; it is not addressable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{typ: t, ptr: newObject(t)}
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{method, v.Kind()})
	}
}

func (v Value) IsValid() bool { return v.typ != nil }
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}
func (v Value) CanAddr() bool      { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool       { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool { return v.typ != nil && v.flag&flagRO == 0 }

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

func (v Value) Bytes() []byte {
	if v.Kind() == Slice && v.typ.elem.Kind() == Uint8 {
		return *(*[]byte)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Map, Chan, UnsafePointer, Slice:
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	case Func:
		return uintptr((*[2]unsafe.Pointer)(v.ptr)[1])
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.Pointer()) }

func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Addr returns a pointer to the addressable value v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return Value{typ: pointerTo(v.typ), ptr: unsafe.Pointer(p), flag: v.flag & (flagRO | flagEmbedRO)}
}

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Pointer, Map, Chan, UnsafePointer, Slice, Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Func:
		return (*[2]unsafe.Pointer)(v.ptr)[1] == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

func (v Value) IsZero() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	b := unsafe.Slice((*byte)(v.ptr), v.typ.size)
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return (*[2]int)(v.ptr)[1]
	case Array:
		return v.typ.Len()
	case Map:
		return int(mapLen(*(*unsafe.Pointer)(v.ptr)))
	case Chan:
		return int(chanLen(*(*unsafe.Pointer)(v.ptr)))
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return (*[3]int)(v.ptr)[2]
	case Array:
		return v.typ.Len()
	case Chan:
		return int(chanCap(*(*unsafe.Pointer)(v.ptr)))
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns v's i'th element (slices, arrays, strings).
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Slice:
		s := (*[3]uintptr)(v.ptr)
		if uint(i) >= uint(s[1]) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		return Value{typ: et, ptr: unsafe.Add(unsafe.Pointer(s[0]), uintptr(i)*uintptr(et.size)), flag: flagAddr | v.flag&flagRO}
	case Array:
		if uint(i) >= uint(v.typ.Len()) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		return Value{typ: et, ptr: unsafe.Add(v.ptr, uintptr(i)*uintptr(et.size)), flag: v.flag &^ flagEmbedRO}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = s[i]
		return Value{typ: uint8Type(), ptr: unsafe.Pointer(b)}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

func uint8Type() *rtype { return TypeOf(uint8(0)).common() }

func (v Value) NumField() int { return v.typ.NumField() }

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	si := v.typ.structInfo()
	if si == nil || i < 0 || i >= int(si.n) {
		panic("reflect: Field index out of range")
	}
	f := &si.fields[i]
	fl := v.flag
	if fl&flagEmbedRO != 0 {
		fl &^= flagRO | flagEmbedRO
	}
	if f.bits&fieldExported == 0 {
		if f.bits&fieldEmbedded != 0 && fl&flagRO == 0 {
			fl |= flagEmbedRO
		}
		fl |= flagRO
	}
	return Value{typ: f.typ, ptr: unsafe.Add(v.ptr, uintptr(f.offset)), flag: fl}
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		e := ValueOf(*(*any)(v.ptr))
		if e.typ != nil {
			e.flag |= v.flag & flagRO
		}
		return e
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: v.typ.elem, ptr: p, flag: flagAddr | v.flag&(flagRO|flagEmbedRO)}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.packEface()
}

// packEface is Interface without the read-only check, for reflect's own conversions.
func (v Value) packEface() any {
	if v.Kind() == Interface {
		return *(*any)(v.ptr)
	}
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	e.typ = v.typ
	if v.typ.flags&flagDirect != 0 {
		e.data = *(*unsafe.Pointer)(v.ptr)
	} else {
		p := newObject(v.typ)
		memmove(p, v.ptr, uintptr(v.typ.size))
		e.data = p
	}
	return i
}

// Slice returns v[i:j] for slices, arrays (addressable) and strings.
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case Slice:
		s := *(*[3]uintptr)(v.ptr)
		if i < 0 || j < i || uintptr(j) > s[2] {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		out := new([3]uintptr)
		out[0] = s[0] + uintptr(i)*uintptr(v.typ.elem.size)
		out[1], out[2] = uintptr(j-i), s[2]-uintptr(i)
		return Value{typ: v.typ, ptr: unsafe.Pointer(out), flag: v.flag & flagRO}
	case String:
		s := (*(*string)(v.ptr))[i:j]
		return Value{typ: v.typ, ptr: unsafe.Pointer(&s), flag: v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeSettable(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// Set assigns x to the value v; x must be assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeSettable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	memmove(v.ptr, x.ptr, uintptr(v.typ.size))
}

func (v Value) SetBool(x bool) {
	v.mustBeSettable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeSettable("reflect.Value.SetInt")
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeSettable("reflect.Value.SetUint")
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeSettable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeSettable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeSettable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeSettable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeSettable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*[3]int)(v.ptr)
	if uint(n) > uint(s[2]) {
		panic("reflect: slice length out of range in SetLen")
	}
	s[1] = n
}

func (v Value) SetCap(n int) {
	v.mustBeSettable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*[3]int)(v.ptr)
	if n < s[1] || n > s[2] {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s[2] = n
}

func (v Value) OverflowInt(x int64) bool {
	if k := v.Kind(); k < Int || k > Int64 {
		panic(&ValueError{"reflect.Value.OverflowInt", k})
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (v Value) OverflowUint(x uint64) bool {
	if k := v.Kind(); k < Uint || k > Uintptr {
		panic(&ValueError{"reflect.Value.OverflowUint", k})
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// Indirect returns the value that v points to (or v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
