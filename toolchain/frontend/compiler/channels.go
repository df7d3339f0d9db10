// Channels: make, send, receive (with comma-ok) and select, through the runtime's channel
// functions; values of up to a word travel in registers, others through stack slots.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) makeChan(m *ssa.MakeChan) {
	c := fs.c
	elem := m.Type().Underlying().(*types.Chan).Elem()
	fs.checkAlloc("make(" + typeName(m.Type()) + ")")
	_, ref := c.useRuntime("runtime_chanMake")
	fs.emitNamed(m, "call ptr %s(i32 %d, i32 %s)", ref, c.sizeof(elem), fs.intToI32(m.Size))
}

func (fs *funcState) send(s *ssa.Send) {
	elem := s.Chan.Type().Underlying().(*types.Chan).Elem()
	if ety, ok := fs.c.wordElem(elem); ok {
		_, ref := fs.c.useRuntime("runtime_chanSendWord")
		w := fs.toWord(ety, fs.val(s.X))
		fs.emit("call void %s(ptr %s, i32 %s, ptr %s)", ref, fs.val(s.Chan), w, fs.pos(s.Pos()))
		return
	}
	v := fs.toMemory(s.X)
	_, ref := fs.c.useRuntime("runtime_chanSend")
	fs.emit("call void %s(ptr %s, ptr %s, ptr %s)", ref, fs.val(s.Chan), v, fs.pos(s.Pos()))
}

func (fs *funcState) chanRecv(u *ssa.UnOp) {
	c := fs.c
	elem := u.X.Type().Underlying().(*types.Chan).Elem()
	ety := c.llvmType(elem)
	var v, ok string
	if _, word := c.wordElem(elem); word {
		_, ref := c.useRuntime("runtime_chanRecvWord")
		r := fs.emitv("call i64 %s(ptr %s)", ref, fs.val(u.X))
		v = fs.fromWord(ety, fs.emitv("trunc i64 %s to i32", r))
		if u.CommaOk {
			ok = fs.emitv("lshr i64 %s, 32", r)
			ok = fs.emitv("trunc i64 %s to i32", ok)
		}
	} else {
		slot := fs.temp(ety)
		fs.emit("store %s %s, ptr %s", ety, zeroValue(ety), slot)
		_, ref := c.useRuntime("runtime_chanRecv")
		ok = fs.emitv("call i32 %s(ptr %s, ptr %s)", ref, fs.val(u.X), slot)
		v = fs.emitv("load %s, ptr %s", ety, slot)
	}
	if !u.CommaOk {
		fs.vals[u] = v
		return
	}
	okb := fs.emitv("icmp ne i32 %s, 0", ok)
	tup := "{ " + ety + ", i1 }"
	t1 := fs.emitv("insertvalue %s undef, %s %s, 0", tup, ety, v)
	fs.emitNamed(u, "insertvalue %s %s, i1 %s, 1", tup, t1, okb)
}

// wordElem reports whether values of a channel's element type travel in a register through
// runtime_chanSendWord / runtime_chanRecvWord (abi.h): scalars of up to 32 bits, pointer-like
// types and zero-size types. It returns the element's LLVM type.
func (c *Compiler) wordElem(elem types.Type) (string, bool) {
	ety := c.llvmType(elem)
	switch ety {
	case "i1", "i8", "i16", "i32", "float", "ptr":
		return ety, true
	}
	return ety, c.sizeof(elem) == 0
}

// toWord converts a value of a word element type to the i32 the runtime carries.
func (fs *funcState) toWord(ety, v string) string {
	switch ety {
	case "i32":
		return v
	case "i1", "i8", "i16":
		return fs.emitv("zext %s %s to i32", ety, v)
	case "float":
		return fs.emitv("bitcast float %s to i32", v)
	case "ptr":
		return fs.emitv("ptrtoint ptr %s to i32", v)
	}
	return "0" // zero-size
}

// fromWord converts the i32 the runtime carries back to the element type.
func (fs *funcState) fromWord(ety, w string) string {
	switch ety {
	case "i32":
		return w
	case "i1", "i8", "i16":
		return fs.emitv("trunc i32 %s to %s", w, ety)
	case "float":
		return fs.emitv("bitcast i32 %s to float", w)
	case "ptr":
		return fs.emitv("inttoptr i32 %s to ptr", w)
	}
	return zeroValue(ety) // zero-size
}

func (fs *funcState) selectInstr(s *ssa.Select) {
	c := fs.c
	n := len(s.States)
	caseTy := "{ ptr, ptr, i32 }"
	arr := fs.temp(fmt.Sprintf("[%d x %s]", max1(n), caseTy))
	var recvSlots []string
	var recvTypes []string
	for i, st := range s.States {
		elem := st.Chan.Type().Underlying().(*types.Chan).Elem()
		ety := c.llvmType(elem)
		slot := fs.temp(ety)
		isSend := 0
		if st.Dir == types.SendOnly {
			isSend = 1
			fs.emit("store %s, ptr %s", fs.typed(st.Send), slot)
		} else {
			fs.emit("store %s %s, ptr %s", ety, zeroValue(ety), slot)
			recvSlots = append(recvSlots, slot)
			recvTypes = append(recvTypes, ety)
		}
		p := fs.emitv("getelementptr inbounds [%d x %s], ptr %s, i32 0, i32 %d", n, caseTy, arr, i)
		cs := fs.emitv("insertvalue %s undef, ptr %s, 0", caseTy, fs.val(st.Chan))
		cs = fs.emitv("insertvalue %s %s, ptr %s, 1", caseTy, cs, slot)
		cs = fs.emitv("insertvalue %s %s, i32 %d, 2", caseTy, cs, isSend)
		fs.emit("store %s %s, ptr %s", caseTy, cs, p)
	}
	okSlot := fs.temp("i32")
	fs.emit("store i32 0, ptr %s", okSlot)
	hasDefault := 0
	if !s.Blocking {
		hasDefault = 1
	}
	_, ref := c.useRuntime("runtime_select")
	idx := fs.emitv("call i32 %s(ptr %s, i32 %d, i32 %d, ptr %s)", ref, arr, n, hasDefault, okSlot)
	okv := fs.emitv("load i32, ptr %s", okSlot)
	ok := fs.emitv("icmp ne i32 %s, 0", okv)
	tupTy := "{ " + strings.Join(append([]string{"i32", "i1"}, recvTypes...), ", ") + " }"
	agg := fs.emitv("insertvalue %s undef, i32 %s, 0", tupTy, idx)
	agg = fs.emitv("insertvalue %s %s, i1 %s, 1", tupTy, agg, ok)
	for i, slot := range recvSlots {
		v := fs.emitv("load %s, ptr %s", recvTypes[i], slot)
		agg = fs.emitv("insertvalue %s %s, %s %s, %d", tupTy, agg, recvTypes[i], v, i+2)
	}
	fs.vals[s] = agg
	_ = token.NoPos
}

func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}
