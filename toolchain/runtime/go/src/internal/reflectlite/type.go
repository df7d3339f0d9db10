// Package reflectlite is Marmot's replacement for the standard library's
// internal/reflectlite: just enough reflection for errors, sort and context, built on the
// type descriptors (struct go_type in toolchain/runtime/c/abi.h) that the front end emits.
package reflectlite

import "unsafe"

// Kind is the kind of a type; the numbering matches reflect.Kind and enum go_kind.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

// Flags of go_type.flags.
const (
	flagMemEqual = 1
	flagDirect   = 2
	flagNoEqual  = 4
)

// rtype mirrors struct go_type.
type rtype struct {
	kind  uint8
	align uint8
	flags uint16
	size  uint32
	name  string
	equal unsafe.Pointer
	hash  unsafe.Pointer
	elem  *rtype
	extra unsafe.Pointer // interfaces: bool implements(typecode)
}

// Type is the representation of a Go type.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
}

// eface is the layout of an interface value.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

func (t *rtype) String() string { return t.name }

func (t *rtype) Name() string {
	s := t.name
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
		if s[i] == '*' || s[i] == ']' || s[i] == ' ' || s[i] == ')' {
			return ""
		}
	}
	return s
}

func (t *rtype) PkgPath() string { return "" }
func (t *rtype) Size() uintptr   { return uintptr(t.size) }
func (t *rtype) Kind() Kind      { return Kind(t.kind) }

func (t *rtype) Comparable() bool { return t.flags&flagNoEqual == 0 }

func (t *rtype) Elem() Type {
	if t.elem == nil {
		panic("reflect: Elem of invalid type " + t.name)
	}
	return toType(t.elem)
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	ut := u.(*rtype)
	if ut.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(ut, t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	ut := u.(*rtype)
	if ut == t {
		return true
	}
	if ut.Kind() == Interface {
		return implements(ut, t)
	}
	return false
}

// implements calls the interface descriptor's generated `implements(typecode)` function.
func implements(iface, t *rtype) bool {
	if iface.extra == nil {
		return false
	}
	var f func(unsafe.Pointer) bool
	// A func value is { context, function } in Marmot's ABI.
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&f)) = [2]unsafe.Pointer{nil, iface.extra}
	return f(unsafe.Pointer(t))
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil.
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	return toType(e.typ)
}
