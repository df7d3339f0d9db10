// Large values: LLVM lowers loads and stores of big aggregates element by element, which
// is slow to compile and large. A load of a large value whose only uses are stores and
// field reads right after it (no memory effects in between) is not emitted: the stores
// become memcpy and the field reads read the source memory directly.
package compiler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

const bigValueSize = 64

// deferLoad reports whether the load u can stay in memory (see the file comment).
func (fs *funcState) deferLoad(u *ssa.UnOp) bool {
	if fs.c.sizeof(u.Type()) <= bigValueSize {
		return false
	}
	refs := u.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	last := -1
	b := u.Block()
	pos := map[ssa.Instruction]int{}
	for i, instr := range b.Instrs {
		pos[instr] = i
	}
	for _, r := range *refs {
		if r.Block() != b {
			return false
		}
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val != u || r.Addr == u {
				return false
			}
		case *ssa.Field:
			if fs.c.sizeof(r.Type()) > bigValueSize {
				return false
			}
		case *ssa.DebugRef:
		case *ssa.Call:
			if r.Call.Value == u || r.Call.IsInvoke() && r.Call.Value == u {
				return false
			}
			if _, isBuiltin := r.Call.Value.(*ssa.Builtin); isBuiltin {
				return false
			}
		default:
			return false
		}
		if pos[r] > last {
			last = pos[r]
		}
	}
	// Nothing between the load and its last use may write memory.
	for i := pos[u] + 1; i < last; i++ {
		switch b.Instrs[i].(type) {
		case *ssa.Store, *ssa.Call, *ssa.MapUpdate, *ssa.Send, *ssa.Go, *ssa.Defer, *ssa.Select,
			*ssa.RunDefers, *ssa.Panic:
			if s, ok := b.Instrs[i].(*ssa.Store); ok && s.Val == u && i == last {
				continue
			}
			if _, ok := b.Instrs[i].(*ssa.Store); ok {
				// an earlier store of this value is fine only if it is one of its uses
				if b.Instrs[i].(*ssa.Store).Val == u {
					continue
				}
			}
			return false
		}
	}
	return true
}

// memRef records that the value of u lives at pointer p.
func (fs *funcState) setMemRef(u ssa.Value, p string) {
	if fs.memRefs == nil {
		fs.memRefs = map[ssa.Value]string{}
	}
	fs.memRefs[u] = p
}

// storeValue stores v at addr, copying memory for deferred large loads.
func (fs *funcState) storeValue(v ssa.Value, addr string) {
	if src, ok := fs.memRefs[v]; ok {
		fs.emit("call void @llvm.memmove.p0.p0.i32(ptr %s, ptr %s, i32 %d, i1 false)", addr, src, fs.c.sizeof(v.Type()))
		return
	}
	fs.emit("store %s, ptr %s", fs.typed(v), addr)
}

// memValue loads a value left in memory where a use needs it as an SSA value.
func (fs *funcState) memValue(v ssa.Value) (string, bool) {
	src, ok := fs.memRefs[v]
	if !ok {
		return "", false
	}
	return fs.emitv("load %s, ptr %s", fs.c.llvmType(v.Type()), src), true
}

// fieldOf reads field i of struct value x.
func (fs *funcState) fieldOf(f *ssa.Field) {
	if src, ok := fs.memRefs[f.X]; ok {
		st := f.X.Type()
		p := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 %d", fs.c.llvmType(st), src, f.Field)
		fs.emitNamed(f, "load %s, ptr %s", fs.c.llvmType(f.Type()), p)
		return
	}
	fs.emitNamed(f, "extractvalue %s, %d", fs.typed(f.X), f.Field)
}

// isBig reports whether values of t are passed by reference to a caller-owned copy.
func (c *Compiler) isBig(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		return c.sizeof(t) > bigValueSize
	}
	return false
}

// paramType is the LLVM type of a parameter: large arrays and structs are passed as a
// pointer to a copy that the caller owns and does not change during the call.
func (c *Compiler) paramType(t types.Type) string {
	if c.isBig(t) {
		return "ptr"
	}
	return c.llvmType(t)
}

// bigParam binds a by-reference parameter. Its memory never changes during the call, so
// the parameter's value can be read from it at any use; a parameter flowing into a phi is
// loaded at entry.
func (fs *funcState) bigParam(p *ssa.Parameter, v string) {
	for _, r := range *p.Referrers() {
		if _, isPhi := r.(*ssa.Phi); isPhi {
			saved := fs.body
			fs.body = &fs.entry
			fs.vals[p] = fs.emitv("load %s, ptr %s", fs.c.llvmType(p.Type()), v)
			fs.body = saved
			return
		}
	}
	fs.setMemRef(p, v)
}

// argOperand returns the typed operand passing v as an argument.
func (fs *funcState) argOperand(v ssa.Value) string {
	if !fs.c.isBig(v.Type()) {
		return fs.typed(v)
	}
	tmp := fs.temp(fs.c.llvmType(v.Type()))
	fs.storeValue(v, tmp)
	return "ptr " + tmp
}

func usedByPhi(v ssa.Value) bool {
	if refs := v.Referrers(); refs != nil {
		for _, r := range *refs {
			if _, ok := r.(*ssa.Phi); ok {
				return true
			}
		}
	}
	return false
}

// zeroBlock returns a read-only global of n zero bytes (the zero value of big types).
func (c *Compiler) zeroBlock(n int64) string {
	if n > c.zeroSize {
		c.zeroSize = n
	}
	return "@.zero"
}
