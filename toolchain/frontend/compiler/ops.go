// Arithmetic, logic and comparison operators with Go semantics: wraparound, shifts with
// any count, division checks, and equality of every comparable type.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) binOp(b *ssa.BinOp) {
	fs.vals[b] = fs.binOpValues(b.Op, b.X.Type(), fs.val(b.X), fs.val(b.Y), b.Y.Type(), b.Y, b.X)
}

// binOpValues computes x op y for operands of Go type t (yt for shift counts).
func (fs *funcState) binOpValues(op token.Token, t types.Type, x, y string, yt types.Type, yv, xv ssa.Value) string {
	c := fs.c
	ty := c.llvmType(t)
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return fs.compare(op, t, x, y, xv, yv)
	case token.SHL, token.SHR:
		return fs.shift(op, t, x, y, yt)
	}
	switch {
	case isString(t):
		if op == token.ADD {
			return fs.stringConcat(x, y)
		}
	case isComplex(t):
		return fs.complexOp(op, t, x, y)
	case isFloat(t):
		ins := map[token.Token]string{token.ADD: "fadd", token.SUB: "fsub", token.MUL: "fmul", token.QUO: "fdiv"}[op]
		if ins != "" {
			return fs.emitv("%s %s %s, %s", ins, ty, x, y)
		}
	default:
		switch op {
		case token.ADD:
			return fs.emitv("add %s %s, %s", ty, x, y)
		case token.SUB:
			return fs.emitv("sub %s %s, %s", ty, x, y)
		case token.MUL:
			return fs.emitv("mul %s %s, %s", ty, x, y)
		case token.AND:
			return fs.emitv("and %s %s, %s", ty, x, y)
		case token.OR:
			return fs.emitv("or %s %s, %s", ty, x, y)
		case token.XOR:
			return fs.emitv("xor %s %s, %s", ty, x, y)
		case token.AND_NOT:
			n := fs.emitv("xor %s %s, -1", ty, y)
			return fs.emitv("and %s %s, %s", ty, x, n)
		case token.QUO, token.REM:
			return fs.divide(op, t, x, y, yv)
		}
	}
	panic(fmt.Sprintf("unsupported binary operator %s on %s", op, t))
}

// divide implements / and % on integers with the divide-by-zero check and x / -1.
func (fs *funcState) divide(op token.Token, t types.Type, x, y string, yv ssa.Value) string {
	ty := fs.c.llvmType(t)
	cy, isConst := yv.(*ssa.Const)
	if !isConst || cy.Value == nil || cy.Int64() == 0 {
		zero := fs.emitv("icmp eq %s %s, 0", ty, y)
		fs.failIf(zero, func() {
			_, ref := fs.c.useRuntime("runtime_panicDivide")
			fs.emit("call void %s(ptr %s)", ref, fs.pos(token.NoPos))
		})
	}
	if isUnsigned(t) {
		if op == token.QUO {
			return fs.emitv("udiv %s %s, %s", ty, x, y)
		}
		return fs.emitv("urem %s %s, %s", ty, x, y)
	}
	if isConst && cy.Value != nil && cy.Int64() != -1 {
		if op == token.QUO {
			return fs.emitv("sdiv %s %s, %s", ty, x, y)
		}
		return fs.emitv("srem %s %s, %s", ty, x, y)
	}
	// MinInt / -1 overflows in LLVM; Go defines it as MinInt (and the remainder as 0).
	m1 := fs.emitv("icmp eq %s %s, -1", ty, y)
	safe := fs.emitv("select i1 %s, %s 1, %s %s", m1, ty, ty, y)
	if op == token.QUO {
		q := fs.emitv("sdiv %s %s, %s", ty, x, safe)
		neg := fs.emitv("sub %s 0, %s", ty, x)
		return fs.emitv("select i1 %s, %s %s, %s %s", m1, ty, neg, ty, q)
	}
	return fs.emitv("srem %s %s, %s", ty, x, safe)
}

// shift implements << and >> for any shift count type; counts >= width give 0 (or the
// sign for signed >>).
func (fs *funcState) shift(op token.Token, t types.Type, x, y string, yt types.Type) string {
	ty := fs.c.llvmType(t)
	yty := fs.c.llvmType(yt)
	bits, ybits := intBits(ty), intBits(yty)
	big := fs.emitv("icmp uge %s %s, %d", yty, y, bits)
	if !isUnsigned(yt) {
		neg := fs.emitv("icmp slt %s %s, 0", yty, y)
		fs.failIf(neg, func() { fs.panicRuntimeError("negative shift amount") })
	}
	cnt := y
	if ybits > bits {
		cnt = fs.emitv("trunc %s %s to %s", yty, y, ty)
	} else if ybits < bits {
		cnt = fs.emitv("zext %s %s to %s", yty, y, ty)
	}
	safe := fs.emitv("select i1 %s, %s 0, %s %s", big, ty, ty, cnt)
	var r, over string
	switch {
	case op == token.SHL:
		r = fs.emitv("shl %s %s, %s", ty, x, safe)
		over = "0"
	case isUnsigned(t):
		r = fs.emitv("lshr %s %s, %s", ty, x, safe)
		over = "0"
	default:
		r = fs.emitv("ashr %s %s, %s", ty, x, safe)
		over = fs.emitv("ashr %s %s, %d", ty, x, bits-1)
	}
	return fs.emitv("select i1 %s, %s %s, %s %s", big, ty, over, ty, r)
}

var intPreds = map[token.Token][2]string{
	token.EQL: {"eq", "eq"}, token.NEQ: {"ne", "ne"},
	token.LSS: {"slt", "ult"}, token.LEQ: {"sle", "ule"},
	token.GTR: {"sgt", "ugt"}, token.GEQ: {"sge", "uge"},
}
var floatPreds = map[token.Token]string{
	token.EQL: "oeq", token.NEQ: "une", token.LSS: "olt", token.LEQ: "ole", token.GTR: "ogt", token.GEQ: "oge",
}

// compare returns an i1 for x op y.
func (fs *funcState) compare(op token.Token, t types.Type, x, y string, xv, yv ssa.Value) string {
	c := fs.c
	ty := c.llvmType(t)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			return fs.stringCompareOp(op, x, y)
		case u.Info()&types.IsFloat != 0:
			return fs.emitv("fcmp %s %s %s, %s", floatPreds[op], ty, x, y)
		case u.Info()&types.IsComplex != 0:
			et := "double"
			if u.Kind() == types.Complex64 {
				et = "float"
			}
			var parts [2]string
			for i := 0; i < 2; i++ {
				a := fs.emitv("extractvalue %s %s, %d", ty, x, i)
				b := fs.emitv("extractvalue %s %s, %d", ty, y, i)
				parts[i] = fs.emitv("fcmp oeq %s %s, %s", et, a, b)
			}
			eq := fs.emitv("and i1 %s, %s", parts[0], parts[1])
			return fs.eqResult(op, eq)
		case u.Kind() == types.UnsafePointer:
			return fs.emitv("icmp %s ptr %s, %s", intPreds[op][0], x, y)
		}
		p := intPreds[op][0]
		if u.Info()&types.IsUnsigned != 0 {
			p = intPreds[op][1]
		}
		return fs.emitv("icmp %s %s %s, %s", p, ty, x, y)
	case *types.Pointer, *types.Chan, *types.Map:
		return fs.emitv("icmp %s ptr %s, %s", intPreds[op][0], x, y)
	case *types.Slice, *types.Signature:
		// Only comparison with nil is allowed.
		idx := 0
		if _, ok := u.(*types.Signature); ok {
			idx = 1
		}
		v := x
		if isNilConst(xv) {
			v = y
		}
		p := fs.emitv("extractvalue %s %s, %d", ty, v, idx)
		return fs.emitv("icmp %s ptr %s, null", intPreds[op][0], p)
	case *types.Interface:
		if isNilConst(yv) || isNilConst(xv) {
			v := x
			if isNilConst(xv) {
				v = y
			}
			tc := fs.emitv("extractvalue %s %s, 0", tIface, v)
			return fs.emitv("icmp %s ptr %s, null", intPreds[op][0], tc)
		}
		eq := fs.ifaceEqual(x, y)
		return fs.eqResult(op, eq)
	case *types.Struct, *types.Array:
		eq := fs.valueEqual(t, x, y)
		return fs.eqResult(op, eq)
	}
	panic(fmt.Sprintf("unsupported comparison %s on %s", op, t))
}

func (fs *funcState) eqResult(op token.Token, eq string) string {
	if op == token.NEQ {
		return fs.emitv("xor i1 %s, true", eq)
	}
	return eq
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

func (fs *funcState) unOp(u *ssa.UnOp) {
	c := fs.c
	t := u.X.Type()
	ty := c.llvmType(t)
	x := fs.val(u.X)
	switch u.Op {
	case token.NOT:
		fs.emitNamed(u, "xor i1 %s, true", x)
	case token.XOR:
		fs.emitNamed(u, "xor %s %s, -1", ty, x)
	case token.SUB:
		switch {
		case isFloat(t):
			fs.emitNamed(u, "fneg %s %s", ty, x)
		case isComplex(t):
			et := "double"
			if ty == "{ float, float }" {
				et = "float"
			}
			re := fs.emitv("extractvalue %s %s, 0", ty, x)
			im := fs.emitv("extractvalue %s %s, 1", ty, x)
			nre := fs.emitv("fneg %s %s", et, re)
			nim := fs.emitv("fneg %s %s", et, im)
			fs.vals[u] = fs.makeComplex(ty, et, nre, nim)
		default:
			fs.emitNamed(u, "sub %s 0, %s", ty, x)
		}
	case token.MUL:
		p := fs.nilChecked(u.X)
		if fs.deferLoad(u) {
			fs.setMemRef(u, p)
			return
		}
		if fs.c.isBig(u.Type()) && !usedByPhi(u) {
			// copy into a private slot: cheaper than an SSA aggregate
			slot := fs.alloca(c.llvmType(u.Type()))
			fs.emit("call void @llvm.memmove.p0.p0.i32(ptr %s, ptr %s, i32 %d, i1 false)", slot, p, c.sizeof(u.Type()))
			fs.setMemRef(u, slot)
			return
		}
		fs.emitNamed(u, "load %s, ptr %s", c.llvmType(u.Type()), p)
	case token.ARROW:
		fs.chanRecv(u)
	default:
		panic("unsupported unary operator " + u.Op.String())
	}
}
