// Conversions: Value.Convert, Value.CanConvert and Type.ConvertibleTo, following Go's
// conversion rules as gc's reflect implements them (convertOp).
package reflect

import (
	"strconv"
	"unsafe"
)

// A convOp names how a value of one type converts to another.
type convOp uint8

const (
	convNone        convOp = iota
	convNumber             // between integer and floating-point kinds
	convIntString          // string(rune(i))
	convComplex            // between complex kinds
	convStringBytes        // []byte(s)
	convStringRunes        // []rune(s)
	convBytesString        // string(b)
	convRunesString        // string(r)
	convSliceArray         // (*[N]T)(s)
	convDirect             // identical underlying types: the same bits
	convIface              // into an interface
)

func isIntKind(k Kind) bool   { return k >= Int && k <= Uintptr }
func isFloatKind(k Kind) bool { return k == Float32 || k == Float64 }

// plainElem reports whether a slice's element type is the predeclared name (byte or rune
// elements of a defined type do not convert to and from strings in reflect).
func plainElem(t *rtype, name string) bool { return t.name == name }

// convertOp returns how a value of type src converts to dst, or convNone.
func convertOp(dst, src *rtype) convOp {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case (isIntKind(sk) || isFloatKind(sk)) && (isIntKind(dk) || isFloatKind(dk)):
		return convNumber
	case isIntKind(sk) && dk == String:
		return convIntString
	case (sk == Complex64 || sk == Complex128) && (dk == Complex64 || dk == Complex128):
		return convComplex
	case sk == String && dk == Slice && plainElem(dst.elem, "uint8"):
		return convStringBytes
	case sk == String && dk == Slice && plainElem(dst.elem, "int32"):
		return convStringRunes
	case sk == Slice && dk == String && plainElem(src.elem, "uint8"):
		return convBytesString
	case sk == Slice && dk == String && plainElem(src.elem, "int32"):
		return convRunesString
	case sk == Slice && dk == Pointer && dst.elem.Kind() == Array && src.elem == dst.elem.elem:
		return convSliceArray
	case sk == Chan && dk == Chan && chanPrefix(src.name) == "chan " && (!src.hasName() || !dst.hasName()) &&
		identicalType(dst.elem, src.elem, true):
		return convDirect
	case identicalUnderlying(dst, src, false):
		return convDirect
	case dk == Pointer && sk == Pointer && !dst.hasName() && !src.hasName() &&
		identicalUnderlying(dst.elem, src.elem, false):
		return convDirect
	case typeImplements(dst, src):
		return convIface
	}
	return convNone
}

// typeImplements reports whether type v implements the interface type t. The front end's
// table lists concrete types; an interface type v counts only when it is t itself.
func typeImplements(t, v *rtype) bool {
	if t.Kind() != Interface {
		return false
	}
	return t.numIfaceMethods() == 0 || t == v || implements(t, v)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != convNone
}

// CanConvert reports whether v.Convert(t) would succeed.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type().common()
	tt := t.common()
	switch convertOp(tt, vt) {
	case convNone:
		return false
	case convSliceArray:
		return tt.elem.Len() <= v.Len()
	}
	return true
}

// Convert returns v converted to type t; it panics when Go does not allow the conversion.
func (v Value) Convert(t Type) Value {
	tt := t.common()
	op := convertOp(tt, v.Type().common())
	fl := v.flag & flagRO
	switch op {
	case convNumber:
		return convertNumber(v, tt, fl)
	case convIntString:
		r := "\uFFFD"
		if v.Kind() >= Uint {
			if x := v.Uint(); uint64(rune(x)) == x {
				r = string(rune(x))
			}
		} else if x := v.Int(); int64(rune(x)) == x {
			r = string(rune(x))
		}
		return makeValue(tt, unsafe.Pointer(&r), fl)
	case convComplex:
		c := v.Complex()
		if tt.size == 8 {
			c64 := complex64(c)
			return makeValue(tt, unsafe.Pointer(&c64), fl)
		}
		return makeValue(tt, unsafe.Pointer(&c), fl)
	case convStringBytes:
		b := []byte(v.String())
		return makeValue(tt, unsafe.Pointer(&b), fl)
	case convStringRunes:
		r := []rune(v.String())
		return makeValue(tt, unsafe.Pointer(&r), fl)
	case convBytesString:
		s := string(*(*[]byte)(v.ptr))
		return makeValue(tt, unsafe.Pointer(&s), fl)
	case convRunesString:
		s := string(*(*[]rune)(v.ptr))
		return makeValue(tt, unsafe.Pointer(&s), fl)
	case convSliceArray:
		if n := tt.elem.Len(); n > v.Len() {
			panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) +
				" to pointer to array with length " + strconv.Itoa(n))
		}
		return makeValue(tt, v.ptr, fl) // the slice's data word
	case convDirect:
		return makeValue(tt, v.ptr, fl)
	case convIface:
		if v.Kind() == Interface && v.IsNil() {
			return Value{typ: tt, ptr: newObject(tt), flag: fl}
		}
		p := new(any)
		*p = v.packEface()
		return Value{typ: tt, ptr: unsafe.Pointer(p), flag: fl}
	}
	panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
}

// convertNumber converts between integer and floating-point kinds with Go's rules:
// integers truncate or extend by their source signedness, floats truncate toward zero.
func convertNumber(v Value, t *rtype, fl uintptr) Value {
	var bits uint64
	var f float64
	sk, dk := v.Kind(), t.Kind()
	switch {
	case isFloatKind(sk):
		f = v.Float()
		if dk >= Int && dk <= Int64 {
			bits = uint64(int64(f))
		} else {
			bits = uint64(f)
		}
	case sk >= Uint:
		bits = v.Uint()
		f = float64(bits)
	default:
		bits = uint64(v.Int())
		f = float64(int64(bits))
	}
	q := newObject(t)
	switch {
	case dk == Float32:
		*(*float32)(q) = float32(f)
	case dk == Float64:
		*(*float64)(q) = f
	case t.size == 1:
		*(*uint8)(q) = uint8(bits)
	case t.size == 2:
		*(*uint16)(q) = uint16(bits)
	case t.size == 4:
		*(*uint32)(q) = uint32(bits)
	default:
		*(*uint64)(q) = bits
	}
	return Value{typ: t, ptr: q, flag: fl}
}
