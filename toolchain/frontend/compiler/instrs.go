// Lowering of SSA instructions: the dispatch switch and the simple instructions (memory,
// control flow, field and element access). Larger features live in their own files.
package compiler

import (
	"fmt"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) instruction(instr ssa.Instruction) {
	c := fs.c
	switch i := instr.(type) {
	case *ssa.DebugRef:
		fs.debugRef(i)
	case *ssa.Alloc:
		fs.allocInstr(i)
	case *ssa.BinOp:
		fs.binOp(i)
	case *ssa.UnOp:
		fs.unOp(i)
	case *ssa.Call:
		fs.call(i, i.Common())
	case *ssa.ChangeType:
		fs.vals[i] = fs.val(i.X)
	case *ssa.ChangeInterface:
		fs.vals[i] = fs.val(i.X)
	case *ssa.Convert:
		fs.convert(i)
	case *ssa.SliceToArrayPointer:
		fs.sliceToArrayPointer(i)
	case *ssa.MakeInterface:
		fs.makeInterface(i)
	case *ssa.MakeClosure:
		fs.makeClosure(i)
	case *ssa.MakeMap:
		fs.makeMap(i)
	case *ssa.MakeChan:
		fs.makeChan(i)
	case *ssa.MakeSlice:
		fs.makeSlice(i)
	case *ssa.Slice:
		fs.slice(i)
	case *ssa.FieldAddr:
		st := i.X.Type().Underlying().(*types.Pointer).Elem()
		x := fs.nilChecked(i.X)
		fs.emitNamed(i, "getelementptr inbounds %s, ptr %s, i32 0, i32 %d", c.llvmType(st), x, i.Field)
	case *ssa.Field:
		fs.fieldOf(i)
	case *ssa.IndexAddr:
		fs.indexAddr(i)
	case *ssa.Index:
		fs.index(i)
	case *ssa.Lookup:
		fs.lookup(i)
	case *ssa.Select:
		fs.selectInstr(i)
	case *ssa.Range:
		fs.rangeInstr(i)
	case *ssa.Next:
		fs.next(i)
	case *ssa.TypeAssert:
		fs.typeAssert(i)
	case *ssa.Extract:
		fs.emitNamed(i, "extractvalue %s, %d", fs.typed(i.Tuple), i.Index)
	case *ssa.Jump:
		fs.emit("br label %%b%d", i.Block().Succs[0].Index)
	case *ssa.If:
		fs.emit("br i1 %s, label %%b%d, label %%b%d", fs.val(i.Cond), i.Block().Succs[0].Index, i.Block().Succs[1].Index)
	case *ssa.Return:
		fs.ret(i)
	case *ssa.RunDefers:
		fs.runDefers()
	case *ssa.Panic:
		fs.panicInstr(i)
	case *ssa.Go:
		fs.goInstr(i)
	case *ssa.Defer:
		fs.deferInstr(i)
	case *ssa.Send:
		fs.send(i)
	case *ssa.Store:
		addr := fs.nilChecked(i.Addr)
		fs.storeValue(i.Val, addr)
	case *ssa.MapUpdate:
		fs.mapUpdate(i)
	default:
		panic(fmt.Sprintf("unsupported instruction %T", instr))
	}
}

// allocInstr reserves a zeroed variable, on the stack or (when it escapes) on the heap.
func (fs *funcState) allocInstr(a *ssa.Alloc) {
	elem := a.Type().(*types.Pointer).Elem()
	if a.Heap {
		if fs.deferBuf != "" && a.Block().Index == 0 {
			// Allocate before the setjmp, so the Recover block (reached from the panic
			// landing) sees the variables, and a panic does not allocate them again.
			saved := fs.body
			fs.body = &fs.entry
			fs.vals[a] = fs.heapAlloc(elem, "new("+typeName(elem)+")", a.Pos())
			fs.frameAlloc(a)
			fs.body = saved
			return
		}
		fs.vals[a] = fs.heapAlloc(elem, "new("+typeName(elem)+")", a.Pos())
		fs.frameAlloc(a)
		return
	}
	ty := fs.c.llvmType(elem)
	slot := fs.alloca(ty)
	fs.vals[a] = slot
	if fs.deferBuf != "" {
		// Locals of a function with a defer frame must live in memory across the setjmp:
		// let the pointer escape before it, so LLVM keeps every load and store.
		fmt.Fprintf(&fs.entry, "  call void asm sideeffect \"\", \"r,~{memory}\"(ptr %s)\n", slot)
	}
	fs.emit("store %s %s, ptr %s", ty, zeroValue(ty), slot)
	fs.declareLocal(a, slot)
	fs.frameAlloc(a)
}

// heapAlloc allocates a zeroed object of type t with runtime_alloc.
func (fs *funcState) heapAlloc(t types.Type, what string, pos interface{}) string {
	size := fs.c.sizeof(t)
	return fs.heapAllocBytes(fmt.Sprintf("%d", size), what)
}

// heapAllocBytes allocates size (an i32 operand) bytes, reporting an error with -gc=none.
// The call is marked as allocating zeroed memory, so the optimiser deletes an object that
// nothing reads (errors.New's in a package variable nothing reads, say).
func (fs *funcState) heapAllocBytes(size string, what string) string {
	fs.checkAlloc(what)
	_, ref := fs.c.useRuntime("runtime_alloc")
	return fs.emitv(`call ptr %s(i32 %s, ptr null) allockind("alloc,zeroed")`, ref, size)
}

// checkAlloc, with -gc=none, names the allocation the next allocating runtime call makes:
// that call gets !marmot.alloc metadata. The compiler reports the tagged calls that are
// still there after optimisation (toolchain/core/gc_none_allocations.cpp), so an object
// that never leaves its function (a closure's captured variable, a local new) is no error.
// The runtime keeps a small allocator for its own panic values even with -gc=none.
func (fs *funcState) checkAlloc(what string) {
	if fs.c.cfg.GCMode == "none" && !(fs.fn.Pkg != nil && fs.fn.Pkg.Pkg.Path() == "runtime") {
		pos := fs.fn.Pos()
		if fs.curInstr != nil && fs.curInstr.Pos().IsValid() {
			pos = fs.curInstr.Pos()
		} else if fs.lastPos.IsValid() {
			pos = fs.lastPos
		}
		fs.allocWhat = what
		fs.allocPos = ""
		if pos.IsValid() {
			p := fs.c.prog.Fset.Position(pos)
			name := p.Filename
			if rel, err := filepath.Rel(fs.c.cfg.Dir, name); err == nil && fs.c.cfg.Dir != "" && !strings.HasPrefix(rel, "..") {
				name = rel
			}
			fs.allocPos = fmt.Sprintf("%s:%d:%d", name, p.Line, p.Column)
		}
	}
}

// allocatingRuntimeCalls are the runtime functions that allocate on the program's behalf.
var allocatingRuntimeCalls = []string{"@runtime_alloc(", "@runtime_chanMake(", "@runtime_mapMake(", "@runtime_sliceGrow(",
	"@runtime_stringConcat(", "@runtime_bytesCopy(", "@runtime_stringToRunes(", "@runtime_runesToString(", "@runtime_spawn("}

// allocTag returns the metadata attachment for an instruction that makes the allocation
// checkAlloc named, or "".
func (fs *funcState) allocTag(text string) string {
	if fs.allocWhat == "" || !strings.HasPrefix(text, "call ") {
		return ""
	}
	for _, name := range allocatingRuntimeCalls {
		if strings.Contains(text, name) {
			tag := fmt.Sprintf(", !marmot.alloc !{!\"%s\", !\"%s\"}", escapeBytes(fs.allocWhat), escapeBytes(fs.allocPos))
			fs.allocWhat = ""
			return tag
		}
	}
	return ""
}

func (fs *funcState) ret(r *ssa.Return) {
	if fs.deferBuf != "" {
		_, ref := fs.c.useRuntime("runtime_popDeferFrame")
		fs.emit("call void %s(ptr %s)", ref, fs.deferBuf)
	}
	switch len(r.Results) {
	case 0:
		fs.emit("ret void")
	case 1:
		fs.emit("ret %s", fs.typed(r.Results[0]))
	default:
		ty := fs.c.tupleType(fs.fn.Signature.Results())
		agg := "undef"
		for i, v := range r.Results {
			agg = fs.emitv("insertvalue %s %s, %s, %d", ty, agg, fs.typed(v), i)
		}
		fs.emit("ret %s %s", ty, agg)
	}
}

func (fs *funcState) panicInstr(p *ssa.Panic) {
	iface := fs.val(p.X)
	t := fs.emitv("extractvalue %s %s, 0", tIface, iface)
	d := fs.emitv("extractvalue %s %s, 1", tIface, iface)
	_, ref := fs.c.useRuntime("runtime_panic")
	fs.emit("call void %s(ptr %s, ptr %s, ptr %s)", ref, t, d, fs.pos(p.Pos()))
	fs.emit("unreachable")
}

// index reads element i of an array value (or a byte of a string, for Index on strings).
func (fs *funcState) index(i *ssa.Index) {
	c := fs.c
	xt := i.X.Type().Underlying()
	if isString(xt) {
		fs.vals[i] = fs.stringIndex(fs.val(i.X), i.Index)
		return
	}
	at := xt.(*types.Array)
	idx := fs.intToI32(i.Index)
	fs.boundsCheck(idx, fmt.Sprint(at.Len()), i.Index)
	ty := c.llvmType(at)
	if src, ok := fs.memRefs[i.X]; ok {
		p := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 %s", ty, src, idx)
		fs.emitNamed(i, "load %s, ptr %s", c.llvmType(at.Elem()), p)
		return
	}
	slot := fs.temp(ty)
	fs.emit("store %s, ptr %s", fs.typed(i.X), slot)
	p := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 %s", ty, slot, idx)
	fs.emitNamed(i, "load %s, ptr %s", c.llvmType(at.Elem()), p)
}

// indexAddr computes &x[i] for slices and pointers to arrays, with a bounds check.
func (fs *funcState) indexAddr(i *ssa.IndexAddr) {
	c := fs.c
	idx := fs.intToI32(i.Index)
	switch xt := i.X.Type().Underlying().(type) {
	case *types.Slice:
		s := fs.val(i.X)
		ptr := fs.emitv("extractvalue %s %s, 0", tSlice, s)
		n := fs.emitv("extractvalue %s %s, 1", tSlice, s)
		fs.boundsCheck(idx, n, i.Index)
		fs.emitNamed(i, "getelementptr inbounds %s, ptr %s, i32 %s", c.llvmType(xt.Elem()), ptr, idx)
	case *types.Pointer:
		at := xt.Elem().Underlying().(*types.Array)
		p := fs.nilChecked(i.X)
		fs.boundsCheck(idx, fmt.Sprint(at.Len()), i.Index)
		fs.emitNamed(i, "getelementptr inbounds %s, ptr %s, i32 0, i32 %s", c.llvmType(at), p, idx)
	default:
		panic("IndexAddr on " + xt.String())
	}
}

// intToI32 converts an integer index value to i32 (indexes of other widths are allowed).
func (fs *funcState) intToI32(v ssa.Value) string {
	ty := fs.c.llvmType(v.Type())
	x := fs.val(v)
	switch intBits(ty) {
	case 32:
		return x
	case 64:
		// Out-of-range 64-bit indexes must still fail the bounds check: saturate.
		big := fs.emitv("icmp ugt i64 %s, 2147483647", x)
		t := fs.emitv("trunc i64 %s to i32", x)
		return fs.emitv("select i1 %s, i32 -1, i32 %s", big, t)
	}
	if isUnsigned(v.Type()) {
		return fs.emitv("zext %s %s to i32", ty, x)
	}
	return fs.emitv("sext %s %s to i32", ty, x)
}

func (fs *funcState) debugRef(d *ssa.DebugRef) { fs.debugRefValue(d) }

// joinTyped joins "type value" pairs.
func joinTyped(parts ...string) string { return strings.Join(parts, ", ") }
