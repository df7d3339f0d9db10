// DWARF types (DIBasicType, DICompositeType, DIDerivedType) for Go types, and the
// variable descriptions (dbg.declare / dbg.value) of parameters, locals and globals.
package compiler

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// diType returns the DWARF type node of a Go type.
//
// With debugging frames, a slice is a struct whose `array` member is an array sized by the
// slice's len (DW_AT_data_location and DW_AT_count computed from the slice header), so gdb
// prints `{array = {1, 2, 3}, len = 3, cap = 3}` and indexes `s.array[i]`. gdb cannot size
// such arrays per element when they nest (it aborts), so slices inside arrays or slices are
// described statically, with `array` a pointer to the elements (`print *s.array@s.len`).
// Optimised builds describe every slice statically, and so do variables outside debugging
// frames: their values may sit in registers, where gdb has no address to compute the
// dynamic array from.
func (d *debugInfo) diType(t types.Type) string {
	return d.diTypeOf(t, !d.c.cfg.DebugFrames)
}

// diTypeOf returns the DWARF type of t, with static slices when static is set.
func (d *debugInfo) diTypeOf(t types.Type, static bool) string {
	static = static && containsSlice(t)
	key := types.TypeString(t, nil)
	if static {
		key = "static " + key
	}
	if r, ok := d.types[key]; ok {
		return r
	}
	if named, ok := t.(*types.Named); ok {
		// A typedef with the Go name: gdb looks type names up in that namespace only
		// (`ptype main.point`; `print *('main.point' *)p` after `set language c`). A named
		// struct keeps its name; other named types are their underlying type's description
		// (so a named string still prints as a string).
		r := d.reserve()
		d.types[key] = r
		under := d.diTypeOf(named.Underlying(), static)
		if _, isStruct := named.Underlying().(*types.Struct); isStruct {
			under = d.describe(t, "struct "+key, static)
		}
		d.set(r, fmt.Sprintf("!DIDerivedType(tag: DW_TAG_typedef, name: %s, baseType: %s)", mdString(typeName(t)), under))
		return r
	}
	return d.describe(t, key, static)
}

// describe returns the DWARF type of t, cached under key.
func (d *debugInfo) describe(t types.Type, key string, static bool) string {
	c := d.c
	name := typeName(t)
	size := c.sizeof(t) * 8
	leaf := func(r string) string {
		d.types[key] = r
		return r
	}
	structOf := func(names []string, fts []types.Type) string {
		r := d.reserve()
		d.types[key] = r
		fields := make([]*types.Var, len(fts))
		for i, ft := range fts {
			fields[i] = types.NewVar(0, nil, names[i], ft)
		}
		offs := c.sizes.Offsetsof(fields)
		var ms []string
		for i, ft := range fts {
			ms = append(ms, d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_member, name: %s, scope: %s, baseType: %s, size: %d, offset: %d)",
				mdString(names[i]), r, d.diTypeOf(ft, static), c.sizeof(ft)*8, offs[i]*8)))
		}
		d.set(r, fmt.Sprintf("!DICompositeType(tag: DW_TAG_structure_type, name: %s, size: %d, align: %d, elements: !{%s})",
			mdString(name), size, c.alignof(t)*8, joinTyped(ms...)))
		return r
	}
	uptr := types.Typ[types.UnsafePointer]
	switch u := t.Underlying().(type) {
	case *types.Basic:
		enc := "DW_ATE_signed"
		switch {
		case u.Info()&types.IsBoolean != 0:
			enc = "DW_ATE_boolean"
		case u.Info()&types.IsUnsigned != 0:
			enc = "DW_ATE_unsigned"
		case u.Info()&types.IsFloat != 0:
			enc = "DW_ATE_float"
		case u.Info()&types.IsComplex != 0:
			enc = "DW_ATE_complex_float"
		case u.Info()&types.IsString != 0:
			// gdb prints a struct named "string" with these members as a Go string.
			return structOf([]string{"str", "len"}, []types.Type{types.NewPointer(types.Typ[types.Uint8]), types.Typ[types.Int]})
		case u.Kind() == types.UnsafePointer:
			return leaf(d.node("!DIDerivedType(tag: DW_TAG_pointer_type, name: \"unsafe.Pointer\", baseType: null, size: 32)"))
		}
		return leaf(d.node(fmt.Sprintf("!DIBasicType(name: %s, size: %d, encoding: %s)", mdString(name), size, enc)))
	case *types.Pointer:
		r := d.reserve()
		d.types[key] = r
		d.set(r, fmt.Sprintf("!DIDerivedType(tag: DW_TAG_pointer_type, name: %s, baseType: %s, size: 32)", mdString(name), d.diType(u.Elem())))
		return r
	case *types.Slice:
		return d.slice(key, name, u, static)
	case *types.Interface:
		// gdb's Go expressions treat "type" as a keyword: the type word is `_type`, as in gc's
		// empty interfaces. Its pointee names the dynamic type: `print sh._type.name`.
		return structOf([]string{"_type", "data"}, []types.Type{d.typeDescType(), uptr})
	case *types.Signature:
		return structOf([]string{"context", "fn"}, []types.Type{uptr, uptr})
	case *types.Map, *types.Chan:
		// A named pointer to the runtime's header (struct go_map or go_chan, resolved by
		// gdb from the runtime's own debug information): `print *m` shows count, len...
		header := "go_map"
		if _, isChan := u.(*types.Chan); isChan {
			header = "go_chan"
		}
		opaque := d.node(fmt.Sprintf("!DICompositeType(tag: DW_TAG_structure_type, name: %s, flags: DIFlagFwdDecl)", mdString(header)))
		ptr := d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_pointer_type, baseType: %s, size: 32)", opaque))
		return leaf(d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_typedef, name: %s, baseType: %s)", mdString(name), ptr)))
	case *types.Array:
		r := d.reserve()
		d.types[key] = r
		sub := d.node(fmt.Sprintf("!DISubrange(count: %d)", u.Len()))
		d.set(r, fmt.Sprintf("!DICompositeType(tag: DW_TAG_array_type, name: %s, baseType: %s, size: %d, align: %d, elements: !{%s})",
			mdString(name), d.diTypeOf(u.Elem(), true), size, c.alignof(t)*8, sub))
		return r
	case *types.Struct:
		var names []string
		var fts []types.Type
		for i := 0; i < u.NumFields(); i++ {
			names = append(names, u.Field(i).Name())
			fts = append(fts, u.Field(i).Type())
		}
		return structOf(names, fts)
	}
	return leaf(d.node(fmt.Sprintf("!DIBasicType(name: %s, size: %d, encoding: DW_ATE_unsigned)", mdString(name), size)))
}

// slice describes a slice header whose `array` member holds the slice's len elements, or
// when static points to the first (static elements either way: see diType).
func (d *debugInfo) slice(key, name string, u *types.Slice, static bool) string {
	r := d.reserve()
	d.types[key] = r
	elem := d.diTypeOf(u.Elem(), true)
	array := d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_pointer_type, name: %s, baseType: %s, size: 32)",
		mdString(typeName(types.NewPointer(u.Elem()))), elem))
	if !static {
		count := d.node("!DISubrange(count: !DIExpression(DW_OP_push_object_address, DW_OP_plus_uconst, 4, DW_OP_deref))")
		array = d.node(fmt.Sprintf("!DICompositeType(tag: DW_TAG_array_type, baseType: %s, dataLocation: !DIExpression(DW_OP_push_object_address, DW_OP_deref), elements: !{%s})",
			elem, count))
	}
	intType := d.diType(types.Typ[types.Int])
	var ms []string
	for i, m := range []struct{ name, ty string }{{"array", array}, {"len", intType}, {"cap", intType}} {
		ms = append(ms, d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_member, name: %s, scope: %s, baseType: %s, size: 32, offset: %d)",
			mdString(m.name), r, m.ty, i*32)))
	}
	d.set(r, fmt.Sprintf("!DICompositeType(tag: DW_TAG_structure_type, name: %s, size: 96, align: 32, elements: !{%s})",
		mdString(name), joinTyped(ms...)))
	return r
}

// typeDescType describes the type descriptors (typedesc.go) that interface values point
// to, as the Go-looking struct runtime._type.
func (d *debugInfo) typeDescType() types.Type {
	if d.descType == nil {
		u8, u16, u32, up := types.Typ[types.Uint8], types.Typ[types.Uint16], types.Typ[types.Uint32], types.Typ[types.UnsafePointer]
		pkg := types.NewPackage("runtime", "runtime")
		named := types.NewNamed(types.NewTypeName(0, pkg, "_type", nil), nil, nil)
		var fields []*types.Var
		for _, f := range []struct {
			name string
			t    types.Type
		}{{"kind", u8}, {"align", u8}, {"flags", u16}, {"size", u32}, {"name", types.Typ[types.String]},
			{"equal", up}, {"hash", up}, {"elem", types.NewPointer(named)}, {"extra", up}} {
			fields = append(fields, types.NewVar(0, pkg, f.name, f.t))
		}
		named.SetUnderlying(types.NewStruct(fields, nil))
		d.descType = types.NewPointer(named)
	}
	return d.descType
}

// containsSlice reports whether values of t hold a slice header (directly, or in fields and
// elements; not behind pointers).
func containsSlice(t types.Type) bool {
	return holdsInline(t, func(u types.Type) bool { _, ok := u.(*types.Slice); return ok })
}

// globalVar describes a package variable; returns the attachment for its definition.
func (d *debugInfo) globalVar(g *ssa.Global, linkName string, elem types.Type) string {
	return d.globalVarNode(g.Name(), linkName, g.Pos(), d.diType(elem))
}

// varNode returns the DILocalVariable of a Go variable in this function (parameters get
// their argument number). Its type is the variable's own, or with debugging frames the
// type of the value in its slot, which is instantiated in instances of generic functions.
// inst, if not nil, is the type of the SSA value described (instantiated too: obj's own
// type may be a type parameter, whose description has the size of an interface).
func (fs *funcState) varNode(obj types.Object, inst types.Type) string {
	if fs.dbgVars == nil {
		fs.dbgVars = map[types.Object]string{}
	}
	if n, ok := fs.dbgVars[obj]; ok {
		return n
	}
	d := fs.c.dbg
	argPart := ""
	for i, p := range fs.fn.Params {
		if p.Object() == obj {
			argPart = fmt.Sprintf(", arg: %d", i+1)
		}
	}
	t := obj.Type()
	if inst != nil && mentionsTypeParam(t, 0) {
		t = inst
	}
	if fs.frame != nil && fs.frame.types[obj] != nil {
		t = fs.frame.types[obj]
	}
	file, line, _ := d.position(obj.Pos())
	n := d.node(fmt.Sprintf("!DILocalVariable(name: %s%s, scope: %s, file: %s, line: %d, type: %s)",
		mdString(obj.Name()), argPart, fs.varScope(obj), file, line, d.diTypeOf(t, fs.frame == nil)))
	fs.dbgVars[obj] = n
	return n
}

// mentionsTypeParam reports whether t is or contains a type parameter (depth bounds the
// walk through recursive types).
func mentionsTypeParam(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	depth++
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mentionsTypeParam(t.TypeArgs().At(i), depth) {
				return true
			}
		}
	case *types.Pointer:
		return mentionsTypeParam(t.Elem(), depth)
	case *types.Slice:
		return mentionsTypeParam(t.Elem(), depth)
	case *types.Array:
		return mentionsTypeParam(t.Elem(), depth)
	case *types.Chan:
		return mentionsTypeParam(t.Elem(), depth)
	case *types.Map:
		return mentionsTypeParam(t.Key(), depth) || mentionsTypeParam(t.Elem(), depth)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if mentionsTypeParam(t.Field(i).Type(), depth) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mentionsTypeParam(tup.At(i).Type(), depth) {
					return true
				}
			}
		}
	}
	return false
}

// declareParam describes parameter p (held in register v) at function entry.
func (fs *funcState) declareParam(p *ssa.Parameter, v string, arg int) {
	obj := p.Object()
	if obj == nil || obj.Name() == "" || obj.Name() == "_" {
		return
	}
	saved := fs.body
	fs.body = &fs.entry
	savedLoc := fs.loc
	fs.loc = fs.c.dbg.location(p.Pos(), fs.sp)
	fs.dbgValue(v, p.Type(), fs.varNode(obj, p.Type()), "")
	fs.body, fs.loc = saved, savedLoc
}

// dbgValue emits llvm.dbg.value for an SSA value, split into DWARF fragments when it is an
// aggregate (LLVM drops locations of whole aggregates).
func (fs *funcState) dbgValue(v string, t types.Type, dv, expr string) {
	ty := fs.c.llvmType(t)
	if !strings.HasPrefix(ty, "{") && !strings.HasPrefix(ty, "[") {
		e := "!DIExpression()"
		if expr != "" {
			e = "!DIExpression(" + expr + ")"
		}
		fs.emit("call void @llvm.dbg.value(metadata %s %s, metadata %s, metadata %s)", ty, v, dv, e)
		return
	}
	if expr != "" {
		return
	}
	type leaf struct {
		path      []int
		t         types.Type
		off, size int64
	}
	var leaves []leaf
	var walk func(path []int, t types.Type, off int64)
	walk = func(path []int, t types.Type, off int64) {
		c := fs.c
		switch u := t.Underlying().(type) {
		case *types.Struct:
			fields := make([]*types.Var, u.NumFields())
			for i := range fields {
				fields[i] = u.Field(i)
			}
			offs := c.sizes.Offsetsof(fields)
			for i, f := range fields {
				walk(appendPath(path, i), f.Type(), off+offs[i])
			}
			return
		case *types.Basic:
			if u.Info()&types.IsString != 0 {
				walk(path, types.NewStruct([]*types.Var{types.NewVar(0, nil, "p", types.Typ[types.UnsafePointer]),
					types.NewVar(0, nil, "n", types.Typ[types.Int])}, nil), off)
				return
			}
			if u.Info()&types.IsComplex != 0 {
				return
			}
		case *types.Slice:
			walk(path, types.NewStruct([]*types.Var{types.NewVar(0, nil, "p", types.Typ[types.UnsafePointer]),
				types.NewVar(0, nil, "n", types.Typ[types.Int]), types.NewVar(0, nil, "c", types.Typ[types.Int])}, nil), off)
			return
		case *types.Interface, *types.Signature:
			up := types.Typ[types.UnsafePointer]
			walk(path, types.NewStruct([]*types.Var{types.NewVar(0, nil, "a", up), types.NewVar(0, nil, "b", up)}, nil), off)
			return
		case *types.Array:
			return
		}
		if size := c.sizeof(t); size > 0 {
			leaves = append(leaves, leaf{path, t, off, size})
		}
	}
	walk(nil, t, 0)
	for _, l := range leaves {
		idx := make([]string, len(l.path))
		for i, p := range l.path {
			idx[i] = fmt.Sprint(p)
		}
		var x string
		if f := fs.fieldCache[v]; len(l.path) == 1 && l.path[0] < len(f) {
			x = f[l.path[0]]
		} else {
			x = fs.emitv("extractvalue %s %s, %s", ty, v, strings.Join(idx, ", "))
		}
		lty := fs.c.llvmType(l.t)
		if lty == "{ ptr, ptr }" || strings.HasPrefix(lty, "{") {
			continue
		}
		if l.off == 0 && l.size == fs.c.sizeof(t) {
			fs.emit("call void @llvm.dbg.value(metadata %s %s, metadata %s, metadata !DIExpression())", lty, x, dv)
			continue
		}
		fs.emit("call void @llvm.dbg.value(metadata %s %s, metadata %s, metadata !DIExpression(DW_OP_LLVM_fragment, %d, %d))",
			lty, x, dv, l.off*8, l.size*8)
	}
}

// declareLocal is kept for stack variables without a DebugRef (none with GlobalDebug).
func (fs *funcState) declareLocal(a *ssa.Alloc, slot string) {}

// debugRefValue describes a local variable at a reference (ssa GlobalDebug mode).
func (fs *funcState) debugRefValue(r *ssa.DebugRef) {
	obj, ok := r.Object().(*types.Var)
	if !ok && fs.frame != nil {
		obj, ok = fs.frame.lits[r.Expr]
	}
	if !ok || obj.IsField() || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() || obj.Name() == "_" {
		return
	}
	if _, isGlobal := r.X.(*ssa.Global); isGlobal {
		return
	}
	if instr, ok := r.X.(ssa.Instruction); ok && fs.c.static.elided[instr] {
		return
	}
	if fs.frame != nil {
		fs.frameRef(r, obj)
		return
	}
	inst := r.X.Type()
	if r.IsAddr {
		inst = inst.Underlying().(*types.Pointer).Elem()
	}
	if !types.Identical(inst, obj.Type()) && !mentionsTypeParam(obj.Type(), 0) {
		// ssa refers to a variable named in a composite literal by the value stored, already
		// converted ([]interface{}{ch} gives the interface): not the variable's value.
		return
	}
	dv := fs.varNode(obj, inst)
	if r.IsAddr {
		a, isAlloc := r.X.(*ssa.Alloc)
		if !isAlloc {
			return
		}
		if fs.declared == nil {
			fs.declared = map[*ssa.Alloc]bool{}
		}
		if fs.declared[a] {
			return
		}
		fs.declared[a] = true
		if a.Heap {
			fs.emit("call void @llvm.dbg.value(metadata ptr %s, metadata %s, metadata !DIExpression(DW_OP_deref))", fs.val(a), dv)
		} else {
			fmt.Fprintf(&fs.entry, "  call void @llvm.dbg.declare(metadata ptr %s, metadata %s, metadata !DIExpression()), !dbg %s\n",
				fs.val(a), dv, fs.loc)
		}
		return
	}
	if _, isConst := r.X.(*ssa.Const); isConst {
		return
	}
	if _, inMem := fs.memRefs[r.X]; inMem {
		return
	}
	fs.dbgValue(fs.val(r.X), r.X.Type(), dv, "")
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
