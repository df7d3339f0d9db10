// DWARF types (DIBasicType, DICompositeType, DIDerivedType) for Go types, and the
// variable descriptions (dbg.declare / dbg.value) of parameters, locals and globals.
package compiler

import (
	"fmt"
	"go/ast"
	"go/types"

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

// localVar creates a DILocalVariable (arg > 0 for parameters).
func (fs *funcState) localVar(name string, t types.Type, pos interface{ IsValid() bool }, arg int, p ssa.Value) string {
	d := fs.c.dbg
	var file string
	var line int
	if p != nil {
		file, line, _ = d.position(p.Pos())
	} else {
		file, line, _ = d.position(fs.fn.Pos())
	}
	argPart := ""
	if arg > 0 {
		argPart = fmt.Sprintf(", arg: %d", arg)
	}
	return d.node(fmt.Sprintf("!DILocalVariable(name: %q%s, scope: %s, file: %s, line: %d, type: %s)",
		name, argPart, fs.sp, file, line, d.diType(t)))
}

// declareParam describes parameter p (held in register v).
func (fs *funcState) declareParam(p *ssa.Parameter, v string, arg int) {
	if p.Name() == "" || p.Name() == "_" {
		return
	}
	dv := fs.localVar(p.Name(), p.Type(), p.Pos(), arg, p)
	fmt.Fprintf(&fs.entry, "  call void @llvm.dbg.value(metadata %s %s, metadata %s, metadata !DIExpression()), !dbg %s\n",
		fs.c.llvmType(p.Type()), v, dv, fs.c.dbg.location(p.Pos(), fs.sp))
}

// declareLocal describes a named local variable living in a stack slot.
func (fs *funcState) declareLocal(a *ssa.Alloc, slot string) {
	if a.Comment == "" || a.Comment == "_" || !isIdent(a.Comment) {
		return
	}
	elem := a.Type().(*types.Pointer).Elem()
	dv := fs.localVar(a.Comment, elem, a.Pos(), 0, a)
	fmt.Fprintf(&fs.entry, "  call void @llvm.dbg.declare(metadata ptr %s, metadata %s, metadata !DIExpression()), !dbg %s\n",
		slot, dv, fs.c.dbg.location(a.Pos(), fs.sp))
}

// debugRef describes the SSA value of a local variable at this point (GlobalDebug mode).
func (fs *funcState) debugRefValue(r *ssa.DebugRef) {
	id, ok := r.Expr.(*ast.Ident)
	if !ok {
		return
	}
	obj, ok := r.Object().(*types.Var)
	if !ok || obj.IsField() || obj.Parent() == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
		return
	}
	if _, isConst := r.X.(*ssa.Const); isConst && !r.IsAddr {
		return
	}
	if _, isAlloc := r.X.(*ssa.Alloc); isAlloc {
		return // described by declareLocal
	}
	if _, isGlobal := r.X.(*ssa.Global); isGlobal {
		return
	}
	if instr, ok := r.X.(ssa.Instruction); ok && fs.c.static.elided[instr] {
		return
	}
	d := fs.c.dbg
	file, line, _ := d.position(obj.Pos())
	dv := d.node(fmt.Sprintf("!DILocalVariable(name: %q, scope: %s, file: %s, line: %d, type: %s)",
		id.Name, fs.sp, file, line, d.diType(obj.Type())))
	expr := "!DIExpression()"
	if r.IsAddr {
		expr = "!DIExpression(DW_OP_deref)"
	}
	fs.emit("call void @llvm.dbg.value(metadata %s, metadata %s, metadata %s)", fs.typed(r.X), dv, expr)
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
