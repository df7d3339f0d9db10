// Strings: concatenation, comparison, indexing, and conversions to and from bytes and runes.
package compiler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// strParts splits a string operand into its pointer and length.
func (fs *funcState) strParts(s string) (string, string) {
	p := fs.emitv("extractvalue %s %s, 0", tString, s)
	n := fs.emitv("extractvalue %s %s, 1", tString, s)
	return p, n
}

func (fs *funcState) makeString(p, n string) string {
	a := fs.emitv("insertvalue %s undef, ptr %s, 0", tString, p)
	return fs.emitv("insertvalue %s %s, i32 %s, 1", tString, a, n)
}

func (fs *funcState) stringConcat(x, y string) string {
	fs.checkAlloc("string concatenation")
	xp, xn := fs.strParts(x)
	yp, yn := fs.strParts(y)
	_, ref := fs.c.useRuntime("runtime_stringConcat")
	p := fs.emitv("call ptr %s(ptr %s, i32 %s, ptr %s, i32 %s)", ref, xp, xn, yp, yn)
	n := fs.emitv("add i32 %s, %s", xn, yn)
	return fs.makeString(p, n)
}

func (fs *funcState) stringCompareOp(op token.Token, x, y string) string {
	xp, xn := fs.strParts(x)
	yp, yn := fs.strParts(y)
	if op == token.EQL || op == token.NEQ {
		_, ref := fs.c.useRuntime("runtime_stringEqual")
		r := fs.emitv("call i32 %s(ptr %s, i32 %s, ptr %s, i32 %s)", ref, xp, xn, yp, yn)
		pred := "ne"
		if op == token.NEQ {
			pred = "eq"
		}
		return fs.emitv("icmp %s i32 %s, 0", pred, r)
	}
	_, ref := fs.c.useRuntime("runtime_stringCompare")
	r := fs.emitv("call i32 %s(ptr %s, i32 %s, ptr %s, i32 %s)", ref, xp, xn, yp, yn)
	return fs.emitv("icmp %s i32 %s, 0", intPreds[op][0], r)
}

// stringIndex loads s[i] with a bounds check.
func (fs *funcState) stringIndex(s string, iv ssa.Value) string {
	idx := fs.intToI32(iv)
	p, n := fs.strParts(s)
	fs.boundsCheck(idx, n, iv)
	a := fs.emitv("getelementptr inbounds i8, ptr %s, i32 %s", p, idx)
	return fs.emitv("load i8, ptr %s", a)
}

// convertString handles conversions whose source or target is a string, or returns false.
func (fs *funcState) convertString(v *ssa.Convert) bool {
	from, to := v.X.Type().Underlying(), v.Type().Underlying()
	x := fs.val(v.X)
	c := fs.c
	switch {
	case isString(to) && isString(from):
		fs.vals[v] = x
	case isString(to) && isInteger(from):
		// string(rune)
		r := x
		ty := c.llvmType(from)
		if b := intBits(ty); b < 32 {
			if isUnsigned(from) {
				r = fs.emitv("zext %s %s to i32", ty, x)
			} else {
				r = fs.emitv("sext %s %s to i32", ty, x)
			}
		} else if b == 64 {
			big := fs.emitv("icmp ugt i64 %s, 2147483647", x)
			t := fs.emitv("trunc i64 %s to i32", x)
			r = fs.emitv("select i1 %s, i32 65533, i32 %s", big, t)
		}
		buf := fs.heapAllocBytes("4", "string(rune) conversion")
		_, ref := c.useRuntime("runtime_encodeRune")
		n := fs.emitv("call i32 %s(i32 %s, ptr %s)", ref, r, buf)
		fs.vals[v] = fs.makeString(buf, n)
	case isString(to):
		s := from.(*types.Slice)
		p := fs.emitv("extractvalue %s %s, 0", tSlice, x)
		n := fs.emitv("extractvalue %s %s, 1", tSlice, x)
		fs.checkAlloc("conversion to string")
		if isRuneType(s.Elem()) {
			np := fs.temp("i32")
			_, ref := c.useRuntime("runtime_runesToString")
			r := fs.emitv("call ptr %s(ptr %s, i32 %s, ptr %s)", ref, p, n, np)
			l := fs.emitv("load i32, ptr %s", np)
			fs.vals[v] = fs.makeString(r, l)
		} else {
			_, ref := c.useRuntime("runtime_bytesCopy")
			r := fs.emitv("call ptr %s(ptr %s, i32 %s)", ref, p, n)
			fs.vals[v] = fs.makeString(r, n)
		}
	case isString(from):
		s := to.(*types.Slice)
		p, n := fs.strParts(x)
		fs.checkAlloc("conversion from string")
		if isRuneType(s.Elem()) {
			np := fs.temp("i32")
			_, ref := c.useRuntime("runtime_stringToRunes")
			r := fs.emitv("call ptr %s(ptr %s, i32 %s, ptr %s)", ref, p, n, np)
			l := fs.emitv("load i32, ptr %s", np)
			fs.vals[v] = fs.makeSlice3(r, l, l)
		} else {
			_, ref := c.useRuntime("runtime_bytesCopy")
			r := fs.emitv("call ptr %s(ptr %s, i32 %s)", ref, p, n)
			fs.vals[v] = fs.makeSlice3(r, n, n)
		}
	default:
		return false
	}
	return true
}

func isRuneType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Int32
}

func (fs *funcState) makeSlice3(p, l, cp string) string {
	a := fs.emitv("insertvalue %s undef, ptr %s, 0", tSlice, p)
	b := fs.emitv("insertvalue %s %s, i32 %s, 1", tSlice, a, l)
	return fs.emitv("insertvalue %s %s, i32 %s, 2", tSlice, b, cp)
}
