// Conversions between numeric types, unsafe.Pointer and uintptr, and complex numbers.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) convert(v *ssa.Convert) {
	if fs.convertString(v) {
		return
	}
	fs.vals[v] = fs.convertValue(fs.val(v.X), v.X.Type(), v.Type())
}

func (fs *funcState) convertValue(x string, from, to types.Type) string {
	c := fs.c
	fty, tty := c.llvmType(from), c.llvmType(to)
	switch {
	case isUnsafePointer(from) && isInteger(to):
		return fs.emitv("ptrtoint ptr %s to %s", x, tty)
	case isInteger(from) && isUnsafePointer(to):
		return fs.emitv("inttoptr %s %s to ptr", fty, x)
	case fty == "ptr" && tty == "ptr":
		return x
	case isInteger(from) && isInteger(to):
		fb, tb := intBits(fty), intBits(tty)
		switch {
		case fb == tb:
			return x
		case fb > tb:
			return fs.emitv("trunc %s %s to %s", fty, x, tty)
		case isUnsigned(from):
			return fs.emitv("zext %s %s to %s", fty, x, tty)
		default:
			return fs.emitv("sext %s %s to %s", fty, x, tty)
		}
	case isInteger(from) && isFloat(to):
		if isUnsigned(from) {
			return fs.emitv("uitofp %s %s to %s", fty, x, tty)
		}
		return fs.emitv("sitofp %s %s to %s", fty, x, tty)
	case isFloat(from) && isInteger(to):
		if isUnsigned(to) {
			return fs.emitv("fptoui %s %s to %s", fty, x, tty)
		}
		return fs.emitv("fptosi %s %s to %s", fty, x, tty)
	case isFloat(from) && isFloat(to):
		switch {
		case fty == tty:
			return x
		case fty == "float":
			return fs.emitv("fpext float %s to double", x)
		default:
			return fs.emitv("fptrunc double %s to float", x)
		}
	case isComplex(from) && isComplex(to):
		if fty == tty {
			return x
		}
		fe, te := "double", "float"
		op := "fptrunc"
		if fty == "{ float, float }" {
			fe, te, op = "float", "double", "fpext"
		}
		re := fs.emitv("extractvalue %s %s, 0", fty, x)
		im := fs.emitv("extractvalue %s %s, 1", fty, x)
		re2 := fs.emitv("%s %s %s to %s", op, fe, re, te)
		im2 := fs.emitv("%s %s %s to %s", op, fe, im, te)
		return fs.makeComplex(tty, te, re2, im2)
	case fty == tty:
		return x
	}
	panic(fmt.Sprintf("unsupported conversion from %s to %s", from, to))
}

func (fs *funcState) makeComplex(ty, et, re, im string) string {
	a := fs.emitv("insertvalue %s undef, %s %s, 0", ty, et, re)
	return fs.emitv("insertvalue %s %s, %s %s, 1", ty, a, et, im)
}

// complexOp implements + - * / on complex numbers.
func (fs *funcState) complexOp(op token.Token, t types.Type, x, y string) string {
	ty := fs.c.llvmType(t)
	et := "double"
	if ty == "{ float, float }" {
		et = "float"
	}
	a := fs.emitv("extractvalue %s %s, 0", ty, x)
	b := fs.emitv("extractvalue %s %s, 1", ty, x)
	cc := fs.emitv("extractvalue %s %s, 0", ty, y)
	d := fs.emitv("extractvalue %s %s, 1", ty, y)
	switch op {
	case token.ADD:
		return fs.makeComplex(ty, et, fs.emitv("fadd %s %s, %s", et, a, cc), fs.emitv("fadd %s %s, %s", et, b, d))
	case token.SUB:
		return fs.makeComplex(ty, et, fs.emitv("fsub %s %s, %s", et, a, cc), fs.emitv("fsub %s %s, %s", et, b, d))
	case token.MUL:
		ac := fs.emitv("fmul %s %s, %s", et, a, cc)
		bd := fs.emitv("fmul %s %s, %s", et, b, d)
		ad := fs.emitv("fmul %s %s, %s", et, a, d)
		bc := fs.emitv("fmul %s %s, %s", et, b, cc)
		return fs.makeComplex(ty, et, fs.emitv("fsub %s %s, %s", et, ac, bd), fs.emitv("fadd %s %s, %s", et, ad, bc))
	case token.QUO:
		// (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
		ac := fs.emitv("fmul %s %s, %s", et, a, cc)
		bd := fs.emitv("fmul %s %s, %s", et, b, d)
		ad := fs.emitv("fmul %s %s, %s", et, a, d)
		bc := fs.emitv("fmul %s %s, %s", et, b, cc)
		c2 := fs.emitv("fmul %s %s, %s", et, cc, cc)
		d2 := fs.emitv("fmul %s %s, %s", et, d, d)
		den := fs.emitv("fadd %s %s, %s", et, c2, d2)
		re := fs.emitv("fadd %s %s, %s", et, ac, bd)
		im := fs.emitv("fsub %s %s, %s", et, bc, ad)
		return fs.makeComplex(ty, et, fs.emitv("fdiv %s %s, %s", et, re, den), fs.emitv("fdiv %s %s, %s", et, im, den))
	}
	panic("unsupported complex operator " + op.String())
}
