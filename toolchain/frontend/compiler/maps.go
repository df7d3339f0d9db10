// Maps: make, lookup (with comma-ok), assignment, delete (builtins.go) and range. Keys
// and values are passed to the runtime through stack slots; the runtime knows their types
// from the descriptors given to runtime_mapMake.
package compiler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) makeMap(m *ssa.MakeMap) {
	c := fs.c
	mt := m.Type().Underlying().(*types.Map)
	hint := "0"
	if m.Reserve != nil {
		hint = fs.intToI32(m.Reserve)
	}
	fs.checkAlloc("make(" + typeName(m.Type()) + ")")
	_, ref := c.useRuntime("runtime_mapMake")
	fs.emitNamed(m, "call ptr %s(ptr %s, ptr %s, i32 %s)", ref, c.typeDesc(mt.Key()), c.typeDesc(mt.Elem()), hint)
}

func (fs *funcState) lookup(l *ssa.Lookup) {
	c := fs.c
	if isString(l.X.Type()) {
		fs.vals[l] = fs.stringIndex(fs.val(l.X), l.Index)
		return
	}
	mt := l.X.Type().Underlying().(*types.Map)
	key := fs.toMemory(l.Index)
	m := fs.val(l.X)
	fs.hashKeyIfNil(m, key, mt.Key())
	_, ref := c.useRuntime("runtime_mapLookup")
	slot := fs.emitv("call ptr %s(ptr %s, ptr %s)", ref, m, key)
	vty := c.llvmType(mt.Elem())
	found := fs.emitv("icmp ne ptr %s, null", slot)
	if c.isBig(mt.Elem()) && !l.CommaOk && !usedByPhi(l) {
		// copy the value (or zero) into a private slot instead of an SSA aggregate
		priv := fs.alloca(vty)
		src := fs.emitv("select i1 %s, ptr %s, ptr %s", found, slot, c.zeroBlock(c.sizeof(mt.Elem())))
		fs.emit("call void @llvm.memmove.p0.p0.i32(ptr %s, ptr %s, i32 %d, i1 false)", priv, src, c.sizeof(mt.Elem()))
		fs.setMemRef(l, priv)
		return
	}
	okL, doneL := fs.newLabel("map.found"), fs.newLabel("map.done")
	from := fs.currentLabel()
	fs.emit("br i1 %s, label %%%s, label %%%s", found, okL, doneL)
	fs.startBlock(okL)
	v := fs.emitv("load %s, ptr %s", vty, slot)
	fs.emit("br label %%%s", doneL)
	fs.startBlock(doneL)
	val := fs.emitv("phi %s [ %s, %%%s ], [ %s, %%%s ]", vty, zeroValue(vty), from, v, okL)
	if !l.CommaOk {
		fs.vals[l] = val
		return
	}
	tup := "{ " + vty + ", i1 }"
	t1 := fs.emitv("insertvalue %s undef, %s %s, 0", tup, vty, val)
	fs.emitNamed(l, "insertvalue %s %s, i1 %s, 1", tup, t1, found)
}

// hashMayPanic reports whether hashing a key of type t can panic: an interface (holding a
// slice, map or func) or an array or struct with one inside.
func hashMayPanic(t types.Type) bool {
	return holdsInline(t, func(u types.Type) bool { _, ok := u.(*types.Interface); return ok })
}

// hashKeyIfNil: gc hashes the key of a lookup or delete even in a nil map, so an unhashable
// dynamic key panics there too ("hash of unhashable type []int"). The runtime has no key
// type for a nil map, so the hash is emitted here, only for keys whose hash may panic; the
// runtime does the same for empty maps (maps.c, hashIfMayPanic).
func (fs *funcState) hashKeyIfNil(m, key string, kt types.Type) {
	if !hashMayPanic(kt) {
		return
	}
	c := fs.c
	isNil := fs.emitv("icmp eq ptr %s, null", m)
	hashL, doneL := fs.newLabel("map.nilhash"), fs.newLabel("map.nilhash.done")
	fs.emit("br i1 %s, label %%%s, label %%%s", isNil, hashL, doneL)
	fs.startBlock(hashL)
	_, ref := c.useRuntime("runtime_hashValue")
	fs.emit("call i32 %s(ptr %s, ptr %s, i32 0)", ref, c.typeDesc(kt), key)
	fs.emit("br label %%%s", doneL)
	fs.startBlock(doneL)
}

func (fs *funcState) mapUpdate(u *ssa.MapUpdate) {
	key := fs.toMemory(u.Key)
	_, ref := fs.c.useRuntime("runtime_mapAssign")
	slot := fs.emitv("call ptr %s(ptr %s, ptr %s, ptr %s)", ref, fs.val(u.Map), key, fs.pos(token.NoPos))
	fs.storeValue(u.Value, slot)
}

// rangeInstr creates the iterator state: a string index or the runtime's map iterator.
func (fs *funcState) rangeInstr(r *ssa.Range) {
	if isString(r.X.Type()) {
		slot := fs.alloca("i32")
		fs.emit("store i32 0, ptr %s", slot)
		fs.vals[r] = slot
		return
	}
	slot := fs.alloca("[4 x i32]")
	fs.emit("store [4 x i32] zeroinitializer, ptr %s", slot)
	fs.vals[r] = slot
}

// next advances a string or map iterator, producing (ok, key, value).
func (fs *funcState) next(n *ssa.Next) {
	c := fs.c
	it := fs.val(n.Iter)
	rng := n.Iter.(*ssa.Range)
	tupTy := c.llvmType(n.Type())
	if n.IsString {
		s := fs.val(rng.X)
		p, length := fs.strParts(s)
		idx := fs.emitv("load i32, ptr %s", it)
		ok := fs.emitv("icmp slt i32 %s, %s", idx, length)
		okL, doneL := fs.newLabel("range.str"), fs.newLabel("range.done")
		from := fs.currentLabel()
		fs.emit("br i1 %s, label %%%s, label %%%s", ok, okL, doneL)
		fs.startBlock(okL)
		rslot := fs.temp("i32")
		_, ref := c.useRuntime("runtime_decodeRune")
		nxt := fs.emitv("call i32 %s(ptr %s, i32 %s, i32 %s, ptr %s)", ref, p, length, idx, rslot)
		fs.emit("store i32 %s, ptr %s", nxt, it)
		r := fs.emitv("load i32, ptr %s", rslot)
		fs.emit("br label %%%s", doneL)
		fs.startBlock(doneL)
		rv := fs.emitv("phi i32 [ 0, %%%s ], [ %s, %%%s ]", from, r, okL)
		tup := n.Type().(*types.Tuple)
		agg := fs.emitv("insertvalue %s zeroinitializer, i1 %s, 0", tupTy, ok)
		if c.llvmType(tup.At(1).Type()) == "i32" {
			agg = fs.emitv("insertvalue %s %s, i32 %s, 1", tupTy, agg, idx)
		}
		if c.llvmType(tup.At(2).Type()) == "i32" {
			agg = fs.emitv("insertvalue %s %s, i32 %s, 2", tupTy, agg, rv)
		}
		fs.vals[n] = agg
		return
	}
	tup := n.Type().(*types.Tuple)
	kslot, vslot := fs.temp("ptr"), fs.temp("ptr")
	_, ref := c.useRuntime("runtime_mapNext")
	r := fs.emitv("call i32 %s(ptr %s, ptr %s, ptr %s, ptr %s)", ref, fs.val(rng.X), it, kslot, vslot)
	ok := fs.emitv("icmp ne i32 %s, 0", r)
	agg := fs.emitv("insertvalue %s zeroinitializer, i1 %s, 0", tupTy, ok)
	okL, doneL := fs.newLabel("range.map"), fs.newLabel("range.done")
	from := fs.currentLabel()
	fs.emit("br i1 %s, label %%%s, label %%%s", ok, okL, doneL)
	fs.startBlock(okL)
	full := agg
	for i, slot := range []string{kslot, vslot} {
		t := tup.At(i + 1).Type()
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.Invalid {
			continue
		}
		ty := c.llvmType(t)
		p := fs.emitv("load ptr, ptr %s", slot)
		v := fs.emitv("load %s, ptr %s", ty, p)
		full = fs.emitv("insertvalue %s %s, %s %s, %d", tupTy, full, ty, v, i+1)
	}
	fs.emit("br label %%%s", doneL)
	fs.startBlock(doneL)
	fs.emitNamed(n, "phi %s [ %s, %%%s ], [ %s, %%%s ]", tupTy, agg, from, full, okL)
}
