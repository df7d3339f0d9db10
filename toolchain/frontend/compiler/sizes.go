// Sizes and alignments of Go types on Marmot's 32-bit targets. They must agree with the
// LLVM data layouts the back end uses (64-bit integers and floats are 8-aligned, unlike gc
// on arm) because go/types folds unsafe.Sizeof/Offsetof/Alignof with them.
package compiler

import "go/types"

// Sizes implements types.Sizes for 32-bit targets.
type Sizes struct{}

// NewSizes returns the sizes used for type checking and code generation.
func NewSizes() types.Sizes { return Sizes{} }

func (s Sizes) Alignof(t types.Type) int64 {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Int64, types.Uint64, types.Float64, types.Complex128:
			return 8
		case types.Complex64:
			return 4
		case types.String, types.UntypedString:
			return 4
		}
		a := s.Sizeof(t)
		if a < 1 {
			return 1
		}
		if a > 8 {
			return 8
		}
		return a
	case *types.Array:
		return s.Alignof(t.Elem())
	case *types.Struct:
		max := int64(1)
		for i := 0; i < t.NumFields(); i++ {
			if a := s.Alignof(t.Field(i).Type()); a > max {
				max = a
			}
		}
		return max
	case *types.Slice, *types.Interface, *types.Signature, *types.Pointer, *types.Map, *types.Chan:
		return 4
	}
	return 4
}

func (s Sizes) Offsetsof(fields []*types.Var) []int64 {
	offs := make([]int64, len(fields))
	var off int64
	for i, f := range fields {
		a := s.Alignof(f.Type())
		off = align(off, a)
		offs[i] = off
		off += s.Sizeof(f.Type())
	}
	return offs
}

func (s Sizes) Sizeof(t types.Type) int64 {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.Bool, types.Int8, types.Uint8, types.UntypedBool:
			return 1
		case types.Int16, types.Uint16:
			return 2
		case types.Int32, types.Uint32, types.Float32, types.Int, types.Uint, types.Uintptr,
			types.UnsafePointer, types.UntypedInt, types.UntypedRune, types.UntypedNil:
			return 4
		case types.Int64, types.Uint64, types.Float64, types.Complex64, types.UntypedFloat:
			return 8
		case types.Complex128, types.UntypedComplex:
			return 16
		case types.String, types.UntypedString:
			return 8
		}
		return 4
	case *types.Array:
		n := t.Len()
		if n <= 0 {
			return 0
		}
		return n * s.Sizeof(t.Elem())
	case *types.Struct:
		n := t.NumFields()
		if n == 0 {
			return 0
		}
		fields := make([]*types.Var, n)
		for i := range fields {
			fields[i] = t.Field(i)
		}
		offs := s.Offsetsof(fields)
		end := offs[n-1] + s.Sizeof(fields[n-1].Type())
		return align(end, s.Alignof(t))
	case *types.Slice:
		return 12
	case *types.Interface, *types.Signature:
		return 8
	case *types.Pointer, *types.Map, *types.Chan:
		return 4
	}
	return 4
}

func align(x, a int64) int64 { return (x + a - 1) / a * a }
