// Slices: make, slicing expressions (on strings, slices and array pointers), append and
// conversion of slices to array pointers.
package compiler

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) makeSlice(m *ssa.MakeSlice) {
	c := fs.c
	elem := m.Type().Underlying().(*types.Slice).Elem()
	n := fs.intToI32(m.Len)
	cp := fs.intToI32(m.Cap)
	size := c.sizeof(elem)
	limit := int64(0x7fffffff)
	if size > 0 {
		limit = 0x7fffffff / size
	}
	// gc's checks and messages: len first, then cap (values compared unsigned, so negative
	// numbers are huge).
	badLen := fs.emitv("icmp ugt i32 %s, %d", n, limit)
	fs.failIf(badLen, func() { fs.panicRuntimeError("makeslice: len out of range") })
	badCap1 := fs.emitv("icmp ugt i32 %s, %d", cp, limit)
	badCap2 := fs.emitv("icmp ult i32 %s, %s", cp, n)
	badCap := fs.emitv("or i1 %s, %s", badCap1, badCap2)
	fs.failIf(badCap, func() { fs.panicRuntimeError("makeslice: cap out of range") })
	bytes := fs.emitv("mul i32 %s, %d", cp, size)
	p := fs.heapAllocBytes(bytes, "make("+types.TypeString(m.Type(), nil)+")")
	fs.vals[m] = fs.makeSlice3(p, n, cp)
}

func (fs *funcState) slice(s *ssa.Slice) {
	c := fs.c
	x := fs.val(s.X)
	var ptr, length, capacity string
	var elem types.Type
	isStr := false
	switch t := s.X.Type().Underlying().(type) {
	case *types.Basic:
		ptr, length = fs.strParts(x)
		capacity = length
		elem = types.Typ[types.Byte]
		isStr = true
	case *types.Slice:
		ptr = fs.emitv("extractvalue %s %s, 0", tSlice, x)
		length = fs.emitv("extractvalue %s %s, 1", tSlice, x)
		capacity = fs.emitv("extractvalue %s %s, 2", tSlice, x)
		elem = t.Elem()
	case *types.Pointer:
		at := t.Elem().Underlying().(*types.Array)
		ptr = x
		if at.Len() > 0 {
			ptr = fs.nilChecked(s.X)
		}
		length = fmt.Sprint(at.Len())
		capacity = length
		elem = at.Elem()
	}
	low, high, max := "0", length, capacity
	if s.Low != nil {
		low = fs.intToI32(s.Low)
	}
	if s.High != nil {
		high = fs.intToI32(s.High)
	}
	_, isSlice := s.X.Type().Underlying().(*types.Slice)
	if s.Max != nil {
		max = fs.intToI32(s.Max)
		kind := boundsSlice3Alen
		if isSlice {
			kind = boundsSlice3Acap
		}
		fs.sliceCheck(high, max, capacity, kind, boundsSlice3B)
		fs.sliceCheck(low, high, max, boundsSlice3B, boundsSlice3C)
	} else if s.High != nil || s.Low != nil {
		kind := boundsSliceAlen
		if isSlice {
			kind = boundsSliceAcap
		}
		fs.sliceCheck(low, high, max, kind, boundsSliceB)
	}
	n := high
	if low != "0" {
		n = fs.emitv("sub i32 %s, %s", high, low)
	}
	cp := max
	if low != "0" && !isStr {
		cp = fs.emitv("sub i32 %s, %s", max, low)
	}
	p := ptr
	if low != "0" {
		// Like gc, never point past the end: an empty result keeps the base pointer.
		p = fs.emitv("getelementptr %s, ptr %s, i32 %s", c.llvmType(elem), ptr, low)
		rest := cp
		if isStr {
			rest = n
		}
		empty := fs.emitv("icmp eq i32 %s, 0", rest)
		p = fs.emitv("select i1 %s, ptr %s, ptr %s", empty, ptr, p)
	}
	if isStr {
		fs.vals[s] = fs.makeString(p, n)
		return
	}
	fs.vals[s] = fs.makeSlice3(p, n, cp)
}

// appendSlice implements append(s, xs...) where xs is a slice or (for []byte) a string.
func (fs *funcState) appendSlice(sv, xv ssa.Value) string {
	c := fs.c
	elem := sv.Type().Underlying().(*types.Slice).Elem()
	size := c.sizeof(elem)
	var xp, xn string
	if isString(xv.Type()) {
		xp, xn = fs.strParts(fs.val(xv))
	} else {
		x := fs.val(xv)
		xp = fs.emitv("extractvalue %s %s, 0", tSlice, x)
		xn = fs.emitv("extractvalue %s %s, 1", tSlice, x)
	}
	fs.checkAlloc("append")
	slot := fs.temp(tSlice)
	fs.emit("store %s, ptr %s", fs.typed(sv), slot)
	s := fs.val(sv)
	n := fs.emitv("extractvalue %s %s, 1", tSlice, s)
	cp := fs.emitv("extractvalue %s %s, 2", tSlice, s)
	newLen := fs.emitv("add i32 %s, %s", n, xn)
	grow := fs.emitv("icmp ugt i32 %s, %s", newLen, cp)
	growL, doneL := fs.newLabel("append.grow"), fs.newLabel("append.copy")
	fs.emit("br i1 %s, label %%%s, label %%%s", grow, growL, doneL)
	fs.startBlock(growL)
	_, ref := c.useRuntime("runtime_sliceGrow")
	fs.emit("call void %s(ptr %s, i32 %s, i32 %d)", ref, slot, xn, size)
	fs.emit("br label %%%s", doneL)
	fs.startBlock(doneL)
	lenP := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 1", tSlice, slot)
	fs.emit("store i32 %s, ptr %s", newLen, lenP)
	base := fs.emitv("load ptr, ptr %s", slot)
	dst := fs.emitv("getelementptr %s, ptr %s, i32 %s", c.llvmType(elem), base, n)
	bytes := fs.emitv("mul i32 %s, %d", xn, size)
	fs.emit("call void @llvm.memmove.p0.p0.i32(ptr %s, ptr %s, i32 %s, i1 false)", dst, xp, bytes)
	return fs.emitv("load %s, ptr %s", tSlice, slot)
}

func (fs *funcState) sliceToArrayPointer(s *ssa.SliceToArrayPointer) {
	at := s.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	x := fs.val(s.X)
	n := fs.emitv("extractvalue %s %s, 1", tSlice, x)
	bad := fs.emitv("icmp ult i32 %s, %d", n, at.Len())
	fs.failIf(bad, func() { fs.panicSliceConvert(n, at.Len()) })
	fs.vals[s] = fs.emitv("extractvalue %s %s, 0", tSlice, x)
}
