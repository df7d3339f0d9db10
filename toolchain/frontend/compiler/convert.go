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
		// As gc: complex64 divides as complex128 (then rounds), by runtime.complex128div's
		// algorithm, so results, infinities and NaNs are the same bits.
		if et == "float" {
			a, b = fs.emitv("fpext float %s to double", a), fs.emitv("fpext float %s to double", b)
			cc, d = fs.emitv("fpext float %s to double", cc), fs.emitv("fpext float %s to double", d)
		}
		q := fs.emitv("call { double, double } %s(double %s, double %s, double %s, double %s)", fs.c.complexDivHelper(), a, b, cc, d)
		re := fs.emitv("extractvalue { double, double } %s, 0", q)
		im := fs.emitv("extractvalue { double, double } %s, 1", q)
		if et == "float" {
			re, im = fs.emitv("fptrunc double %s to float", re), fs.emitv("fptrunc double %s to float", im)
		}
		return fs.makeComplex(ty, et, re, im)
	}
	panic("unsupported complex operator " + op.String())
}

// complexDivHelper defines @.complexDiv, (a+bi)/(c+di) as gc's runtime.complex128div computes
// it: Smith's algorithm (scale by the ratio of the divisor's smaller part to its larger one),
// then, when both parts came out NaN, C99's infinities and zeros (annex G.5.1): a finite
// non-zero value over zero is infinite, an infinite one over a finite one is infinite, a
// finite one over an infinite one is zero.
func (c *Compiler) complexDivHelper() string {
	if c.usedNames["helper:complexDiv"] {
		return "@.complexDiv"
	}
	c.usedNames["helper:complexDiv"] = true
	c.decls["llvm.fabs.f64"] = "declare double @llvm.fabs.f64(double)"
	c.decls["llvm.copysign.f64"] = "declare double @llvm.copysign.f64(double, double)"
	c.helpers.WriteString(`define internal { double, double } @.complexDiv(double %a, double %b, double %c, double %d) noinline {
entry:
  %absc = call double @llvm.fabs.f64(double %c)
  %absd = call double @llvm.fabs.f64(double %d)
  %cbig = fcmp oge double %absc, %absd
  br i1 %cbig, label %byc, label %byd
byc:
  %r1 = fdiv double %d, %c
  %rd = fmul double %r1, %d
  %den1 = fadd double %c, %rd
  %br1 = fmul double %b, %r1
  %en1 = fadd double %a, %br1
  %e1 = fdiv double %en1, %den1
  %ar1 = fmul double %a, %r1
  %fn1 = fsub double %b, %ar1
  %f1 = fdiv double %fn1, %den1
  br label %check
byd:
  %r2 = fdiv double %c, %d
  %rc = fmul double %r2, %c
  %den2 = fadd double %d, %rc
  %ar2 = fmul double %a, %r2
  %en2 = fadd double %ar2, %b
  %e2 = fdiv double %en2, %den2
  %br2 = fmul double %b, %r2
  %fn2 = fsub double %br2, %a
  %f2 = fdiv double %fn2, %den2
  br label %check
check:
  %e = phi double [ %e1, %byc ], [ %e2, %byd ]
  %f = phi double [ %f1, %byc ], [ %f2, %byd ]
  %enan = fcmp uno double %e, 0.0
  %fnan = fcmp uno double %f, 0.0
  %bothnan = and i1 %enan, %fnan
  br i1 %bothnan, label %fix, label %done
fix:
  %aord = fcmp ord double %a, 0.0
  %bord = fcmp ord double %b, 0.0
  %abnotnan = or i1 %aord, %bord
  %czero = fcmp oeq double %c, 0.0
  %dzero = fcmp oeq double %d, 0.0
  %mzero = and i1 %czero, %dzero
  %case1 = and i1 %mzero, %abnotnan
  br i1 %case1, label %overzero, label %test2
overzero:
  %infc = call double @llvm.copysign.f64(double 0x7FF0000000000000, double %c)
  %e3 = fmul double %infc, %a
  %f3 = fmul double %infc, %b
  br label %done
test2:
  %absa = call double @llvm.fabs.f64(double %a)
  %absb = call double @llvm.fabs.f64(double %b)
  %ainf = fcmp oeq double %absa, 0x7FF0000000000000
  %binf = fcmp oeq double %absb, 0x7FF0000000000000
  %abinf = or i1 %ainf, %binf
  %cfin = fcmp olt double %absc, 0x7FF0000000000000
  %dfin = fcmp olt double %absd, 0x7FF0000000000000
  %cdfin = and i1 %cfin, %dfin
  %case2 = and i1 %abinf, %cdfin
  br i1 %case2, label %infover, label %test3
infover:
  %a1 = select i1 %ainf, double 1.0, double 0.0
  %a2 = call double @llvm.copysign.f64(double %a1, double %a)
  %b1 = select i1 %binf, double 1.0, double 0.0
  %b2 = call double @llvm.copysign.f64(double %b1, double %b)
  %ac4 = fmul double %a2, %c
  %bd4 = fmul double %b2, %d
  %s4 = fadd double %ac4, %bd4
  %e4 = fmul double 0x7FF0000000000000, %s4
  %bc4 = fmul double %b2, %c
  %ad4 = fmul double %a2, %d
  %t4 = fsub double %bc4, %ad4
  %f4 = fmul double 0x7FF0000000000000, %t4
  br label %done
test3:
  %cinf = fcmp oeq double %absc, 0x7FF0000000000000
  %dinf = fcmp oeq double %absd, 0x7FF0000000000000
  %cdinf = or i1 %cinf, %dinf
  %afin = fcmp olt double %absa, 0x7FF0000000000000
  %bfin = fcmp olt double %absb, 0x7FF0000000000000
  %abfin = and i1 %afin, %bfin
  %case3 = and i1 %cdinf, %abfin
  br i1 %case3, label %overinf, label %done
overinf:
  %c1 = select i1 %cinf, double 1.0, double 0.0
  %c2 = call double @llvm.copysign.f64(double %c1, double %c)
  %d1 = select i1 %dinf, double 1.0, double 0.0
  %d2 = call double @llvm.copysign.f64(double %d1, double %d)
  %ac5 = fmul double %a, %c2
  %bd5 = fmul double %b, %d2
  %s5 = fadd double %ac5, %bd5
  %e5 = fmul double 0.0, %s5
  %bc5 = fmul double %b, %c2
  %ad5 = fmul double %a, %d2
  %t5 = fsub double %bc5, %ad5
  %f5 = fmul double 0.0, %t5
  br label %done
done:
  %re = phi double [ %e, %check ], [ %e3, %overzero ], [ %e4, %infover ], [ %e, %test3 ], [ %e5, %overinf ]
  %im = phi double [ %f, %check ], [ %f3, %overzero ], [ %f4, %infover ], [ %f, %test3 ], [ %f5, %overinf ]
  %r0 = insertvalue { double, double } undef, double %re, 0
  %r = insertvalue { double, double } %r0, double %im, 1
  ret { double, double } %r
}

`)
	return "@.complexDiv"
}
