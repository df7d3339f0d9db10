// Mapping of Go types to LLVM IR types (as text). Named types map to their underlying
// type; aggregates are literal struct types so values can be passed around first-class.
package compiler

import (
	"fmt"
	"go/types"
	"strings"
)

const (
	tString = "{ ptr, i32 }"
	tSlice  = "{ ptr, i32, i32 }"
	tIface  = "{ ptr, ptr }"
	tFunc   = "{ ptr, ptr }"
)

// llvmType returns the LLVM type of a Go type.
func (c *Compiler) llvmType(t types.Type) string {
	if s, ok := c.typeCache[t]; ok {
		return s
	}
	s := c.llvmTypeUncached(t)
	c.typeCache[t] = s
	return s
}

func (c *Compiler) llvmTypeUncached(t types.Type) string {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Bool, types.UntypedBool:
			return "i1"
		case types.Int8, types.Uint8:
			return "i8"
		case types.Int16, types.Uint16:
			return "i16"
		case types.Int32, types.Uint32, types.Int, types.Uint, types.Uintptr, types.UntypedInt, types.UntypedRune:
			return "i32"
		case types.Int64, types.Uint64:
			return "i64"
		case types.Float32:
			return "float"
		case types.Float64, types.UntypedFloat:
			return "double"
		case types.Complex64:
			return "{ float, float }"
		case types.Complex128, types.UntypedComplex:
			return "{ double, double }"
		case types.String, types.UntypedString:
			return tString
		case types.UnsafePointer, types.UntypedNil:
			return "ptr"
		case types.Invalid:
			return "{}"
		}
	case *types.Pointer, *types.Map, *types.Chan:
		return "ptr"
	case *types.Slice:
		return tSlice
	case *types.Interface:
		return tIface
	case *types.Signature:
		return tFunc
	case *types.Array:
		return fmt.Sprintf("[%d x %s]", t.Len(), c.llvmType(t.Elem()))
	case *types.Struct:
		if t.NumFields() == 0 {
			return "{}"
		}
		parts := make([]string, t.NumFields())
		for i := range parts {
			parts[i] = c.llvmType(t.Field(i).Type())
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	case *types.Tuple:
		return c.tupleType(t)
	case *types.TypeParam:
		panic(fmt.Sprintf("type parameter %s reached code generation", t))
	}
	panic(fmt.Sprintf("unsupported type %s", t))
}

// tupleType is the LLVM type of a result tuple: void, the single type, or a struct.
func (c *Compiler) tupleType(t *types.Tuple) string {
	switch t.Len() {
	case 0:
		return "void"
	case 1:
		return c.llvmType(t.At(0).Type())
	}
	parts := make([]string, t.Len())
	for i := range parts {
		parts[i] = c.llvmType(t.At(i).Type())
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

// holdsInline reports whether a value of t has, itself or in its array elements and struct
// fields (not behind pointers), a part whose underlying type satisfies is.
func holdsInline(t types.Type, is func(underlying types.Type) bool) bool {
	u := t.Underlying()
	if is(u) {
		return true
	}
	switch u := u.(type) {
	case *types.Array:
		return holdsInline(u.Elem(), is)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if holdsInline(u.Field(i).Type(), is) {
				return true
			}
		}
	}
	return false
}

func (c *Compiler) sizeof(t types.Type) int64  { return c.sizes.Sizeof(t) }
func (c *Compiler) alignof(t types.Type) int64 { return c.sizes.Alignof(t) }

// Type classification helpers.
func isBasicKind(t types.Type, info types.BasicInfo) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}
func isString(t types.Type) bool   { return isBasicKind(t, types.IsString) }
func isFloat(t types.Type) bool    { return isBasicKind(t, types.IsFloat) }
func isComplex(t types.Type) bool  { return isBasicKind(t, types.IsComplex) }
func isUnsigned(t types.Type) bool { return isBasicKind(t, types.IsUnsigned) }
func isInteger(t types.Type) bool  { return isBasicKind(t, types.IsInteger) }
func isBool(t types.Type) bool     { return isBasicKind(t, types.IsBoolean) }
func isInterface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}
func isUnsafePointer(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.UnsafePointer
}

// isPointerShaped reports whether values of t are a single pointer, stored directly in an
// interface's data word.
func isPointerShaped(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Chan:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	}
	return false
}

// intBits is the width of an integer (or bool) LLVM type.
func intBits(llty string) int {
	switch llty {
	case "i1":
		return 1
	case "i8":
		return 8
	case "i16":
		return 16
	case "i32":
		return 32
	case "i64":
		return 64
	}
	return 0
}
