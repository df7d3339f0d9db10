// Built-in functions: print/println, len, cap, append, copy, close, delete, complex, real,
// imag, recover, and the unsafe and ssa-internal helpers.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// builtin lowers a call of a built-in function and returns its result operand ("" if none).
func (fs *funcState) builtin(b *ssa.Builtin, args []ssa.Value) string {
	c := fs.c
	switch b.Name() {
	case "print", "println":
		fs.printArgs(args, b.Name() == "println")
		return ""
	case "len", "cap":
		return fs.lenCap(b.Name(), args[0])
	case "append":
		return fs.appendSlice(args[0], args[1])
	case "copy":
		dst := fs.val(args[0])
		dp := fs.emitv("extractvalue %s %s, 0", tSlice, dst)
		dn := fs.emitv("extractvalue %s %s, 1", tSlice, dst)
		var sp, sn string
		if isString(args[1].Type()) {
			sp, sn = fs.strParts(fs.val(args[1]))
		} else {
			src := fs.val(args[1])
			sp = fs.emitv("extractvalue %s %s, 0", tSlice, src)
			sn = fs.emitv("extractvalue %s %s, 1", tSlice, src)
		}
		elem := args[0].Type().Underlying().(*types.Slice).Elem()
		_, ref := c.useRuntime("runtime_sliceCopy")
		return fs.emitv("call i32 %s(ptr %s, i32 %s, ptr %s, i32 %s, i32 %d)", ref, dp, dn, sp, sn, c.sizeof(elem))
	case "close":
		_, ref := c.useRuntime("runtime_chanClose")
		fs.emit("call void %s(ptr %s, ptr %s)", ref, fs.val(args[0]), fs.pos(token.NoPos))
		return ""
	case "delete":
		key := fs.toMemory(args[1])
		m := fs.val(args[0])
		fs.hashKeyIfNil(m, key, args[0].Type().Underlying().(*types.Map).Key())
		_, ref := c.useRuntime("runtime_mapDelete")
		fs.emit("call void %s(ptr %s, ptr %s)", ref, m, key)
		return ""
	case "complex":
		ty := "{ double, double }"
		et := "double"
		if c.llvmType(args[0].Type()) == "float" {
			ty, et = "{ float, float }", "float"
		}
		return fs.makeComplex(ty, et, fs.val(args[0]), fs.val(args[1]))
	case "real", "imag":
		idx := 0
		if b.Name() == "imag" {
			idx = 1
		}
		return fs.emitv("extractvalue %s, %d", fs.typed(args[0]), idx)
	case "recover":
		return fs.recoverCall()
	case "ssa:wrapnilchk":
		return fs.wrapNilChecked(args)
	case "Add": // unsafe.Add
		off := fs.intToI32(args[1])
		return fs.emitv("getelementptr i8, ptr %s, i32 %s", fs.val(args[0]), off)
	case "Slice": // unsafe.Slice
		return fs.unsafeSlice(args[0], args[1])
	}
	panic("unsupported built-in " + b.Name())
}

func (fs *funcState) lenCap(name string, x ssa.Value) string {
	c := fs.c
	v := fs.val(x)
	switch t := x.Type().Underlying().(type) {
	case *types.Basic: // string
		return fs.emitv("extractvalue %s %s, 1", tString, v)
	case *types.Slice:
		idx := 1
		if name == "cap" {
			idx = 2
		}
		return fs.emitv("extractvalue %s %s, %d", tSlice, v, idx)
	case *types.Array:
		return fmt.Sprint(t.Len())
	case *types.Pointer:
		return fmt.Sprint(t.Elem().Underlying().(*types.Array).Len())
	case *types.Map:
		_, ref := c.useRuntime("runtime_mapLen")
		return fs.emitv("call i32 %s(ptr %s)", ref, v)
	case *types.Chan:
		fn := "runtime_chanLen"
		if name == "cap" {
			fn = "runtime_chanCap"
		}
		_, ref := c.useRuntime(fn)
		return fs.emitv("call i32 %s(ptr %s)", ref, v)
	}
	panic("len of " + x.Type().String())
}

// toMemory stores a value into a fresh stack slot and returns the slot.
func (fs *funcState) toMemory(v ssa.Value) string {
	ty := fs.c.llvmType(v.Type())
	slot := fs.temp(ty)
	fs.storeValue(v, slot)
	return slot
}

// printArgs implements print and println.
func (fs *funcState) printArgs(args []ssa.Value, ln bool) {
	c := fs.c
	call0 := func(name string) {
		_, ref := c.useRuntime(name)
		fs.emit("call void %s()", ref)
	}
	call0("runtime_printLock")
	for i, a := range args {
		if ln && i > 0 {
			call0("runtime_printSpace")
		}
		fs.printValue(fs.val(a), a.Type())
	}
	if ln {
		call0("runtime_printNewline")
	}
	call0("runtime_printUnlock")
}

func (fs *funcState) printValue(x string, t types.Type) {
	c := fs.c
	ty := c.llvmType(t)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			p, n := fs.strParts(x)
			_, ref := c.useRuntime("runtime_printString")
			fs.emit("call void %s(ptr %s, i32 %s)", ref, p, n)
		case u.Info()&types.IsBoolean != 0:
			v := fs.emitv("zext i1 %s to i32", x)
			_, ref := c.useRuntime("runtime_printBool")
			fs.emit("call void %s(i32 %s)", ref, v)
		case u.Info()&types.IsInteger != 0:
			v := x
			fn := "runtime_printInt"
			if u.Info()&types.IsUnsigned != 0 {
				fn = "runtime_printUint"
				if ty != "i64" {
					v = fs.emitv("zext %s %s to i64", ty, x)
				}
			} else if ty != "i64" {
				v = fs.emitv("sext %s %s to i64", ty, x)
			}
			_, ref := c.useRuntime(fn)
			fs.emit("call void %s(i64 %s)", ref, v)
		case u.Info()&types.IsFloat != 0:
			v := x
			if ty == "float" {
				v = fs.emitv("fpext float %s to double", x)
			}
			_, ref := c.useRuntime("runtime_printFloat")
			fs.emit("call void %s(double %s)", ref, v)
		case u.Info()&types.IsComplex != 0:
			re := fs.emitv("extractvalue %s %s, 0", ty, x)
			im := fs.emitv("extractvalue %s %s, 1", ty, x)
			if ty == "{ float, float }" {
				re = fs.emitv("fpext float %s to double", re)
				im = fs.emitv("fpext float %s to double", im)
			}
			_, ref := c.useRuntime("runtime_printComplex")
			fs.emit("call void %s(double %s, double %s)", ref, re, im)
		case u.Kind() == types.UnsafePointer:
			fs.printPointer(x)
		}
	case *types.Pointer, *types.Map, *types.Chan:
		fs.printPointer(x)
	case *types.Signature:
		fs.printPointer(fs.emitv("extractvalue %s %s, 1", tFunc, x))
	case *types.Interface:
		tc := fs.emitv("extractvalue %s %s, 0", tIface, x)
		d := fs.emitv("extractvalue %s %s, 1", tIface, x)
		_, ref := c.useRuntime("runtime_printIface")
		fs.emit("call void %s(ptr %s, ptr %s)", ref, tc, d)
	case *types.Slice:
		// gc prints [len/cap]0xptr
		p := fs.emitv("extractvalue %s %s, 0", tSlice, x)
		n := fs.emitv("extractvalue %s %s, 1", tSlice, x)
		cp := fs.emitv("extractvalue %s %s, 2", tSlice, x)
		fs.printValue(c.stringConst("["), types.Typ[types.String])
		fs.printValue(n, types.Typ[types.Int])
		fs.printValue(c.stringConst("/"), types.Typ[types.String])
		fs.printValue(cp, types.Typ[types.Int])
		fs.printValue(c.stringConst("]"), types.Typ[types.String])
		fs.printPointer(p)
	default:
		pos := fs.lastPos
		if fs.curInstr != nil && fs.curInstr.Pos().IsValid() {
			pos = fs.curInstr.Pos()
		}
		fs.c.errorf(pos, "illegal types for operand: print (%s)", typeName(t))
	}
}

func (fs *funcState) printPointer(p string) {
	_, ref := fs.c.useRuntime("runtime_printPointer")
	fs.emit("call void %s(ptr %s)", ref, p)
}

// unsafeSlice implements unsafe.Slice(ptr, len) with gc's checks.
func (fs *funcState) unsafeSlice(pv, nv ssa.Value) string {
	p := fs.val(pv)
	n := fs.intToI32(nv)
	if !isUnsigned(nv.Type()) || fs.c.llvmType(nv.Type()) == "i64" {
		neg := fs.emitv("icmp slt i32 %s, 0", n)
		fs.failIf(neg, func() { fs.panicRuntimeError("unsafe.Slice: len out of range") })
	}
	isNil := fs.emitv("icmp eq ptr %s, null", p)
	nonZero := fs.emitv("icmp ne i32 %s, 0", n)
	bad := fs.emitv("and i1 %s, %s", isNil, nonZero)
	fs.failIf(bad, func() { fs.panicRuntimeError("unsafe.Slice: ptr is nil and len is not zero") })
	size := fs.c.sizeof(pv.Type().Underlying().(*types.Pointer).Elem())
	if size > 0 {
		// len*size must fit, and the memory must not wrap around the address space.
		big := fs.emitv("icmp ugt i32 %s, %d", n, 0xffffffff/uint64(size))
		fs.failIf(big, func() { fs.panicRuntimeError("unsafe.Slice: len out of range") })
		bytes := fs.emitv("mul i32 %s, %d", n, size)
		addr := fs.emitv("ptrtoint ptr %s to i32", p)
		room := fs.emitv("sub i32 -1, %s", addr)
		last := fs.emitv("sub i32 %s, 1", bytes)
		over := fs.emitv("icmp ugt i32 %s, %s", last, room)
		some := fs.emitv("icmp ne i32 %s, 0", bytes)
		wrap := fs.emitv("and i1 %s, %s", over, some)
		fs.failIf(wrap, func() { fs.panicRuntimeError("unsafe.Slice: len out of range") })
	}
	return fs.makeSlice3(p, n, n)
}
