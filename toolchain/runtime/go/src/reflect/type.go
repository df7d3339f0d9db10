// Package reflect is Marmot's small replacement for the standard library's reflect: the
// parts fmt, internal/fmtsort, encoding helpers and tests commonly use, built on the type
// descriptors the front end emits (struct go_type in toolchain/runtime/c/abi.h), plus
// methods and calls through front-end generated tables (method.go).
package reflect

import (
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
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

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
	"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
	"chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

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
	extra unsafe.Pointer
}

type fieldInfo struct {
	name   string
	typ    *rtype
	offset uint32
	bits   uint32 // fieldEmbedded | fieldExported
	tag    string
}

const (
	fieldEmbedded = 1
	fieldExported = 2
)

type structInfo struct {
	n      int32
	fields [1 << 16]fieldInfo
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Field(i int) StructField
	Key() Type
	Len() int
	NumField() int
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	common() *rtype
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool {
	return f.Name != "" && f.Name[0] >= 'A' && f.Name[0] <= 'Z'
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the conventional `key:"value"` form.
func (tag StructTag) Lookup(key string) (string, bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

func (t *rtype) common() *rtype { return t }
func (t *rtype) Align() int     { return int(t.align) }
func (t *rtype) FieldAlign() int {
	return int(t.align)
}
func (t *rtype) Size() uintptr  { return uintptr(t.size) }
func (t *rtype) String() string { return t.name }
func (t *rtype) Kind() Kind     { return Kind(t.kind) }

// Name is the name of a named or predeclared type, "" for any other: descriptor names
// are "main.T", "main.G[int,[]uint8]" (name "G[int,[]uint8]"), "int", "error", while
// unnamed types start with "[", "*", "map[", "chan ", "func(", "struct {" and so on.
func (t *rtype) Name() string {
	s := t.name
	i, dot := 0, -1
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			dot = i
		} else if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
			break
		}
	}
	if i == len(s) || s[i] == '[' && dot >= 0 {
		return s[dot+1:]
	}
	return ""
}

func (t *rtype) PkgPath() string { return "" }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) Comparable() bool { return t.flags&flagNoEqual == 0 }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*rtype)(t.extra))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(uintptr(t.extra))
}

func (t *rtype) structInfo() *structInfo {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return (*structInfo)(t.extra)
}

func (t *rtype) NumField() int {
	si := t.structInfo()
	if si == nil {
		return 0
	}
	return int(si.n)
}

func (t *rtype) Field(i int) StructField {
	si := t.structInfo()
	if si == nil || i < 0 || i >= int(si.n) {
		panic("reflect: Field index out of bounds")
	}
	f := &si.fields[i]
	return StructField{Name: f.name, Type: toType(f.typ), Tag: StructTag(f.tag), Offset: uintptr(f.offset),
		Index: []int{i}, Anonymous: f.bits&fieldEmbedded != 0}
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	ut := u.common()
	return directlyAssignable(ut, t) || typeImplements(ut, t)
}

// implements calls the interface descriptor's generated `implements(typecode)` function.
func implements(iface, t *rtype) bool {
	if iface.extra == nil {
		return false
	}
	var f func(unsafe.Pointer) bool
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&f)) = [2]unsafe.Pointer{nil, iface.extra}
	return f(unsafe.Pointer(t))
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// TypeOf returns the dynamic type of i, or nil.
func TypeOf(i any) Type {
	return toType((*eface)(unsafe.Pointer(&i)).typ)
}
