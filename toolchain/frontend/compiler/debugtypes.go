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
func (d *debugInfo) diType(t types.Type) string {
	key := types.TypeString(t, nil)
	if r, ok := d.types[key]; ok {
		return r
	}
	c := d.c
	name := typeName(t)
	size := c.sizeof(t) * 8
	member := func(scope, mname string, mt types.Type, off int64) string {
		return d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_member, name: %q, scope: %s, baseType: %s, size: %d, offset: %d)",
			mname, scope, d.diType(mt), c.sizeof(mt)*8, off*8))
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
			ms = append(ms, member(r, names[i], ft, offs[i]))
		}
		d.set(r, fmt.Sprintf("!DICompositeType(tag: DW_TAG_structure_type, name: %q, size: %d, align: %d, elements: !{%s})",
			name, size, c.alignof(t)*8, joinTyped(ms...)))
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
			return structOf([]string{"str", "len"}, []types.Type{types.NewPointer(types.Typ[types.Uint8]), types.Typ[types.Int]})
		case u.Kind() == types.UnsafePointer:
			r := d.node("!DIDerivedType(tag: DW_TAG_pointer_type, name: \"unsafe.Pointer\", baseType: null, size: 32)")
			d.types[key] = r
			return r
		}
		r := d.node(fmt.Sprintf("!DIBasicType(name: %q, size: %d, encoding: %s)", name, size, enc))
		d.types[key] = r
		return r
	case *types.Pointer:
		r := d.reserve()
		d.types[key] = r
		d.set(r, fmt.Sprintf("!DIDerivedType(tag: DW_TAG_pointer_type, name: %q, baseType: %s, size: 32)", name, d.diType(u.Elem())))
		return r
	case *types.Slice:
		return structOf([]string{"array", "len", "cap"}, []types.Type{types.NewPointer(u.Elem()), types.Typ[types.Int], types.Typ[types.Int]})
	case *types.Interface:
		return structOf([]string{"type", "data"}, []types.Type{uptr, uptr})
	case *types.Signature:
		return structOf([]string{"context", "fn"}, []types.Type{uptr, uptr})
	case *types.Map, *types.Chan:
		r := d.node(fmt.Sprintf("!DIDerivedType(tag: DW_TAG_pointer_type, name: %q, baseType: null, size: 32)", name))
		d.types[key] = r
		return r
	case *types.Array:
		r := d.reserve()
		d.types[key] = r
		sub := d.node(fmt.Sprintf("!DISubrange(count: %d)", u.Len()))
		d.set(r, fmt.Sprintf("!DICompositeType(tag: DW_TAG_array_type, name: %q, baseType: %s, size: %d, align: %d, elements: !{%s})",
			name, d.diType(u.Elem()), size, c.alignof(t)*8, sub))
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
	r := d.node(fmt.Sprintf("!DIBasicType(name: %q, size: %d, encoding: DW_ATE_unsigned)", name, size))
	d.types[key] = r
	return r
}

// globalVar describes a package variable; returns the attachment for its definition.
func (d *debugInfo) globalVar(g *ssa.Global, linkName string, elem types.Type) string {
	return d.globalVarNode(g.Name(), linkName, g.Pos(), d.diType(elem))
}

// varNode returns the DILocalVariable of a Go variable in this function (parameters get
// their argument number).
func (fs *funcState) varNode(obj types.Object) string {
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
	file, line, _ := d.position(obj.Pos())
	n := d.node(fmt.Sprintf("!DILocalVariable(name: %q%s, scope: %s, file: %s, line: %d, type: %s)",
		obj.Name(), argPart, fs.sp, file, line, d.diType(obj.Type())))
	fs.dbgVars[obj] = n
	return n
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
	fs.dbgValue(v, p.Type(), fs.varNode(obj), "")
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
	if !ok || obj.IsField() || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() || obj.Name() == "_" {
		return
	}
	if _, isGlobal := r.X.(*ssa.Global); isGlobal {
		return
	}
	if instr, ok := r.X.(ssa.Instruction); ok && fs.c.static.elided[instr] {
		return
	}
	dv := fs.varNode(obj)
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
