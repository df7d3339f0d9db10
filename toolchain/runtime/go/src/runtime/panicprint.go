package runtime

import "unsafe"

type stringer interface {
	String() string
}

// goType mirrors the start of the type descriptor (struct go_type in abi.h).
type goType struct {
	kind  uint8
	align uint8
	flags uint16
	size  uint32
	name  string
}

// Kinds of abi.h's enum go_kind used below.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt64         = 6
	kindUint          = 7
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindFunc          = 19
	kindPointer       = 22
	kindString        = 24
	kindUnsafePointer = 26
)

// printPanicValue prints a panic value the way gc does: errors through Error(), Stringers
// through String(), basic values as print would, values of named basic types as T(v), and
// anything else as (T) address. Called by the C runtime with the interface's two words.
func printPanicValue(typ unsafe.Pointer, data unsafe.Pointer) {
	var v interface{}
	e := (*eface)(unsafe.Pointer(&v))
	e.typ = typ
	e.data = data
	switch x := v.(type) {
	case nil:
		print("nil")
	case error:
		print(x.Error())
	case stringer:
		print(x.String())
	case string:
		print(x)
	case bool:
		print(x)
	case int:
		print(x)
	case int8:
		print(x)
	case int16:
		print(x)
	case int32:
		print(x)
	case int64:
		print(x)
	case uint:
		print(x)
	case uint8:
		print(x)
	case uint16:
		print(x)
	case uint32:
		print(x)
	case uint64:
		print(x)
	case uintptr:
		print(x)
	case float32:
		print(x)
	case float64:
		print(x)
	case complex64:
		print(x)
	case complex128:
		print(x)
	default:
		printCustom((*goType)(typ), data)
	}
}

// printCustom prints a value of a named type whose underlying type is basic as T(v), or
// (T) address otherwise.
func printCustom(t *goType, data unsafe.Pointer) {
	switch {
	case t.kind == kindBool:
		print(t.name, "(", *(*bool)(data), ")")
	case t.kind >= kindInt && t.kind <= kindInt64:
		print(t.name, "(", loadInt(t.size, data), ")")
	case t.kind >= kindUint && t.kind <= kindUintptr:
		print(t.name, "(", loadUint(t.size, data), ")")
	case t.kind == kindFloat32 && linkFloatTypes() != 0:
		print(t.name, "(", *(*float32)(data), ")")
	case t.kind == kindFloat64 && linkFloatTypes() != 0:
		print(t.name, "(", *(*float64)(data), ")")
	case t.kind == kindString:
		print(t.name, `("`, *(*string)(data), `")`)
	default:
		print("(", t.name, ") ", data)
	}
}

// linkFloatTypes reports whether any float or complex type reaches an interface in this
// program (a flag the compiler defines); without one, float printing is not linked.
func linkFloatTypes() int32

func loadInt(size uint32, p unsafe.Pointer) int64 {
	switch size {
	case 1:
		return int64(*(*int8)(p))
	case 2:
		return int64(*(*int16)(p))
	case 4:
		return int64(*(*int32)(p))
	}
	return *(*int64)(p)
}

func loadUint(size uint32, p unsafe.Pointer) uint64 {
	switch size {
	case 1:
		return uint64(*(*uint8)(p))
	case 2:
		return uint64(*(*uint16)(p))
	case 4:
		return uint64(*(*uint32)(p))
	}
	return *(*uint64)(p)
}
