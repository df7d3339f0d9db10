// Reflection over methods and calls. Marmot's reflect overlay declares four bodyless
// functions that the front end generates once the whole program is known, and only when
// reflect code calls them (programs that never ask for methods pay nothing):
//
//	methodsOf(t) -> { i32 n, [n x { string name, ptr mtyp, ptr ftyp, ptr fn, ptr bound }] }
//	  the exported methods of t, sorted by name, for every type converted to an interface:
//	  mtyp is the method expression's func type (receiver first), ftyp the method value's;
//	  fn is the method itself (a func value { null, fn } of type mtyp) and bound is
//	  `bound(params..., ptr recv)`, the method value with the receiver as context.
//	funcInfo(t) -> { ptr call, i32 nin, i32 nout, i32 variadic, [nin+nout x ptr] }
//	  for func types with a descriptor: parameter and result descriptors and the trampoline
//	  `void call(ptr fn, ptr ctx, ptr args, ptr results, ptr)` that loads the arguments
//	  from a block (each at its Go alignment, in order), calls fn and stores the results
//	  into another block laid out the same way.
//	ptrTo(t) -> the descriptor of *t, for every non-pointer type converted to an interface
//	  (*t then counts as converted too, so reflect.New(t).Interface() works).
//	numMethod(t) -> the number of entries methodsOf(t) has, without the table: counting
//	  keeps no method alive (encoding/json asks every type it meets).
//
// Each is a chain of comparisons against the descriptors; the tables keep the descriptors
// they name as real uses (whole_program.cpp folds tests against descriptors only compared).
package compiler

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

type reflectState struct {
	methods, funcs, ptrTo bool // which lookup functions the program uses
	numMethod             bool
	methodsDone           int // ifaceList entries whose methods were resolved
	countsDone            int // ifaceList entries whose methods were counted
	counts                []methodCount
	ptrDone               int // ifaceList entries considered for ptrTo
	tables                []methodTable
	ptrPairs              [][2]types.Type
	funcTypes             []types.Type // func types with a descriptor, in order of creation
	// reflect.Value.packEface (behind Value.Interface) makes interfaces of the types reflect
	// reaches inside converted values: once it is compiled, those count as converted too.
	packEface       *ssa.Function
	packEfaceLooked bool
	partsDone       int // ifaceList entries whose parts were noted
}

type methodTable struct {
	typ     types.Type
	methods []reflectMethod
}

type methodCount struct {
	typ types.Type
	n   int
}

type reflectMethod struct {
	sel        *types.Selection
	fn         string
	mayRecover bool // the method (or what it wraps) may recover: its bound thunk forwards (defer.go)
}

// reflectIntrinsic returns the body of reflect.methodsOf, funcInfo or ptrTo, or "".
func (c *Compiler) reflectIntrinsic(name string) string {
	switch name {
	case "methodsOf":
		c.reflect.methods = true
	case "funcInfo":
		c.reflect.funcs = true
	case "ptrTo":
		c.reflect.ptrTo = true
	case "numMethod":
		c.reflect.numMethod = true
		return "  %r = call i32 @\".reflect.numMethod\"(ptr %a0)\n  ret i32 %r\n"
	default:
		return ""
	}
	return fmt.Sprintf("  %%r = call ptr @\".reflect.%s\"(ptr %%a0)\n  ret ptr %%r\n", name)
}

// resolveReflect extends the method tables and pointer types to the types converted to
// interfaces so far; reports whether functions were queued or interface types added.
func (c *Compiler) resolveReflect() bool {
	r := &c.reflect
	queued, types0 := len(c.queue), len(c.ifaceList)
	if c.reflectBoxes() {
		for ; r.partsDone < len(c.ifaceList); r.partsDone++ {
			c.noteReflectParts(c.ifaceList[r.partsDone])
		}
	}
	if r.ptrTo {
		for ; r.ptrDone < len(c.ifaceList); r.ptrDone++ {
			t := c.ifaceList[r.ptrDone]
			if _, isPtr := t.Underlying().(*types.Pointer); isPtr || isInterface(t) {
				continue
			}
			p := types.NewPointer(t)
			c.noteIfaceType(p)
			r.ptrPairs = append(r.ptrPairs, [2]types.Type{t, p})
		}
	}
	if r.numMethod {
		for ; r.countsDone < len(c.ifaceList); r.countsDone++ {
			t := c.ifaceList[r.countsDone]
			if isInterface(t) {
				continue
			}
			if n := len(c.reflectMethods(t)); n > 0 {
				r.counts = append(r.counts, methodCount{t, n})
			}
		}
	}
	if r.methods {
		for ; r.methodsDone < len(c.ifaceList); r.methodsDone++ {
			t := c.ifaceList[r.methodsDone]
			if isInterface(t) {
				continue
			}
			tab := methodTable{typ: t}
			for _, m := range c.reflectMethods(t) {
				fn := c.prog.MethodValue(m)
				tab.methods = append(tab.methods, reflectMethod{sel: m, fn: c.funcRef(fn), mayRecover: c.mayRecover(fn)})
			}
			if len(tab.methods) > 0 {
				r.tables = append(r.tables, tab)
			}
		}
	}
	return len(c.queue) > queued || len(c.ifaceList) > types0
}

// reflectMethods returns the methods reflect lists for t: the exported, non-generic ones
// of its method set, sorted by name.
func (c *Compiler) reflectMethods(t types.Type) []*types.Selection {
	ms := c.prog.MethodSets.MethodSet(t)
	var sels []*types.Selection
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		if !sel.Obj().Exported() {
			continue
		}
		if fn := c.prog.MethodValue(sel); fn == nil || fn.TypeParams().Len() > 0 {
			continue
		}
		sels = append(sels, sel)
	}
	sort.Slice(sels, func(i, j int) bool { return sels[i].Obj().Name() < sels[j].Obj().Name() })
	return sels
}

// reflectBoxes reports whether the program compiled reflect.Value.packEface: reflect can
// then turn any value it reaches into an interface (fmt does, to call String or Error on
// slice elements, map keys and struct fields).
func (c *Compiler) reflectBoxes() bool {
	r := &c.reflect
	if !r.packEfaceLooked {
		r.packEfaceLooked = true
		for _, p := range c.prog.AllPackages() {
			if p.Pkg.Path() != "reflect" {
				continue
			}
			if t, ok := p.Members["Value"].(*ssa.Type); ok {
				if sel := c.prog.MethodSets.MethodSet(t.Type()).Lookup(p.Pkg, "packEface"); sel != nil {
					r.packEface = c.prog.MethodValue(sel)
				}
			}
		}
	}
	return r.packEface != nil && c.queued[r.packEface]
}

// noteReflectParts notes as converted to interfaces the types reflect reaches from a value
// of type t and may box: pointed-to values, elements, map keys and values, exported struct
// fields (values in unexported ones are read-only: Interface panics there, as in gc) and
// embedded ones (their exported fields are promoted: encoding/json calls UnmarshalJSON on
// them), and function results. Interface types are skipped: their dynamic values were
// converted.
func (c *Compiler) noteReflectParts(t types.Type) {
	note := func(p types.Type) {
		if !isInterface(p) {
			c.noteIfaceType(p)
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		note(u.Elem())
	case *types.Slice:
		note(u.Elem())
	case *types.Array:
		note(u.Elem())
	case *types.Chan:
		note(u.Elem())
	case *types.Map:
		note(u.Key())
		note(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() || f.Embedded() {
				note(f.Type())
			}
		}
	case *types.Signature:
		for i := 0; i < u.Results().Len(); i++ {
			note(u.Results().At(i).Type())
		}
	}
}

// noteFuncDesc records a func type whose descriptor was just created.
func (c *Compiler) noteFuncDesc(t types.Type) {
	if _, ok := t.Underlying().(*types.Signature); ok {
		c.reflect.funcTypes = append(c.reflect.funcTypes, t)
	}
}

// emitReflect writes the lookup functions the program uses, with their tables.
func (c *Compiler) emitReflect() {
	r := &c.reflect
	if r.methods {
		var b strings.Builder
		b.WriteString("define internal ptr @\".reflect.methodsOf\"(ptr %t) {\nentry:\n")
		ety := "{ { ptr, i32 }, ptr, ptr, ptr, ptr }"
		for i, tab := range r.tables {
			var parts []string
			for _, m := range tab.methods {
				sig := m.sel.Type().(*types.Signature) // without receiver
				recv := types.NewVar(0, nil, "", tab.typ)
				ps := []*types.Var{recv}
				for j := 0; j < sig.Params().Len(); j++ {
					ps = append(ps, sig.Params().At(j))
				}
				mtyp := types.NewSignatureType(nil, nil, nil, types.NewTuple(ps...), sig.Results(), sig.Variadic())
				ftyp := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
				parts = append(parts, fmt.Sprintf("%s { { ptr, i32 } %s, ptr %s, ptr %s, ptr %s, ptr %s }", ety,
					c.stringConst(m.sel.Obj().Name()), c.typeDesc(mtyp), c.typeDesc(ftyp), m.fn, c.boundThunk(tab.typ, m, ftyp)))
			}
			g := fmt.Sprintf("@\"methods:%d\"", i)
			fmt.Fprintf(&c.globals, "%s = private constant { i32, [%d x %s] } { i32 %d, [%d x %s] [%s] }\n",
				g, len(parts), ety, len(parts), len(parts), ety, strings.Join(parts, ", "))
			fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%t, %s\n  br i1 %%is%d, label %%m%d, label %%n%d\nm%d:\n  ret ptr %s\nn%d:\n",
				i, c.typeDesc(tab.typ), i, i, i, i, g, i)
		}
		b.WriteString("  ret ptr null\n}\n\n")
		c.helpers.WriteString(b.String())
	}
	if r.numMethod {
		var b strings.Builder
		b.WriteString("define internal i32 @\".reflect.numMethod\"(ptr %t) {\nentry:\n")
		for i, mc := range r.counts {
			fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%t, %s\n  br i1 %%is%d, label %%m%d, label %%n%d\nm%d:\n  ret i32 %d\nn%d:\n",
				i, c.typeDesc(mc.typ), i, i, i, i, mc.n, i)
		}
		b.WriteString("  ret i32 0\n}\n\n")
		c.helpers.WriteString(b.String())
	}
	if r.ptrTo {
		var b strings.Builder
		b.WriteString("define internal ptr @\".reflect.ptrTo\"(ptr %t) {\nentry:\n")
		for i, p := range r.ptrPairs {
			fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%t, %s\n  br i1 %%is%d, label %%m%d, label %%n%d\nm%d:\n  ret ptr %s\nn%d:\n",
				i, c.typeDesc(p[0]), i, i, i, i, c.typeDesc(p[1]), i)
		}
		b.WriteString("  ret ptr null\n}\n\n")
		c.helpers.WriteString(b.String())
	}
	if r.funcs {
		var b strings.Builder
		b.WriteString("define internal ptr @\".reflect.funcInfo\"(ptr %t) {\nentry:\n")
		callers := map[string]string{}
		// Emitting an entry can create descriptors of further func types (parameters).
		for i := 0; i < len(r.funcTypes); i++ {
			t := r.funcTypes[i]
			sig := t.Underlying().(*types.Signature)
			key := types.TypeString(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), nil)
			call := callers[key]
			if call == "" {
				call = fmt.Sprintf("@\"reflectcall:%d\"", len(callers))
				callers[key] = call
				c.callTrampoline(call, sig)
			}
			var descs []string
			for j := 0; j < sig.Params().Len(); j++ {
				descs = append(descs, "ptr "+c.typeDesc(sig.Params().At(j).Type()))
			}
			for j := 0; j < sig.Results().Len(); j++ {
				descs = append(descs, "ptr "+c.typeDesc(sig.Results().At(j).Type()))
			}
			variadic := 0
			if sig.Variadic() {
				variadic = 1
			}
			g := fmt.Sprintf("@\"funcinfo:%d\"", i)
			fmt.Fprintf(&c.globals, "%s = private constant { ptr, i32, i32, i32, [%d x ptr] } { ptr %s, i32 %d, i32 %d, i32 %d, [%d x ptr] [%s] }\n",
				g, len(descs), call, sig.Params().Len(), sig.Results().Len(), variadic, len(descs), strings.Join(descs, ", "))
			fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%t, %s\n  br i1 %%is%d, label %%m%d, label %%n%d\nm%d:\n  ret ptr %s\nn%d:\n",
				i, c.typeDesc(t), i, i, i, i, g, i)
		}
		b.WriteString("  ret ptr null\n}\n\n")
		c.helpers.WriteString(b.String())
	}
}

// boundThunk writes `bound(params..., ptr ctx)`, calling method m with the receiver held
// by the context: the receiver itself when pointer-shaped, else a pointer to a copy. Like
// SSA's wrappers it is transparent to recover(): deferred, it names the method it calls
// (defer.go, "Wrappers are transparent").
func (c *Compiler) boundThunk(t types.Type, m reflectMethod, ftyp *types.Signature) string {
	name := "@" + quoteName("bound:"+strings.Trim(strings.TrimPrefix(m.fn, "@"), "\""))
	if c.usedNames[name] {
		return name
	}
	c.usedNames[name] = true
	ret, params := c.signatureParts(ftyp)
	var b strings.Builder
	var plist, args []string
	for i, p := range params {
		plist = append(plist, fmt.Sprintf("%s %%a%d", p, i))
		args = append(args, fmt.Sprintf("%s %%a%d", p, i))
	}
	fmt.Fprintf(&b, "define internal %s %s(%s) {\nentry:\n", ret, name, strings.Join(append(plist, "ptr %ctx"), ", "))
	if m.mayRecover {
		g := c.deferCalleeVar()
		fmt.Fprintf(&b, "  %%fwdtok = load ptr, ptr %s\n  %%forward = icmp eq ptr %%fwdtok, %s\n", g, name)
		fmt.Fprintf(&b, "  %%fwd = select i1 %%forward, ptr %s, ptr null\n  store ptr %%fwd, ptr %s\n", m.fn, g)
	}
	rty, recv := c.paramType(t), "%ctx"
	switch {
	case isPointerShaped(t) || c.isBig(t):
	case c.sizeof(t) == 0:
		recv = "zeroinitializer"
	default:
		fmt.Fprintf(&b, "  %%recv = load %s, ptr %%ctx\n", rty)
		recv = "%recv"
	}
	cargs := append([]string{rty + " " + recv}, append(args, "ptr null")...)
	if ret == "void" {
		fmt.Fprintf(&b, "  call void %s(%s)\n  ret void\n}\n\n", m.fn, strings.Join(cargs, ", "))
	} else {
		fmt.Fprintf(&b, "  %%r = call %s %s(%s)\n  ret %s %%r\n}\n\n", ret, m.fn, strings.Join(cargs, ", "), ret)
	}
	c.helpers.WriteString(b.String())
	return name
}

// blockOffsets lays out values of the given types one after another at their alignment.
func (c *Compiler) blockOffsets(t *types.Tuple) []int64 {
	var offs []int64
	var off int64
	for i := 0; i < t.Len(); i++ {
		ty := t.At(i).Type()
		off = align(off, c.alignof(ty))
		offs = append(offs, off)
		off += c.sizeof(ty)
	}
	return offs
}

// callTrampoline writes `void name(ptr fn, ptr ctx, ptr args, ptr results, ptr)` for sig.
func (c *Compiler) callTrampoline(name string, sig *types.Signature) {
	var b strings.Builder
	fmt.Fprintf(&b, "define internal void %s(ptr %%fn, ptr %%fctx, ptr %%args, ptr %%res, ptr %%ctx) {\nentry:\n", name)
	ret, _ := c.signatureParts(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()))
	var args []string
	for i, off := range c.blockOffsets(sig.Params()) {
		t := sig.Params().At(i).Type()
		fmt.Fprintf(&b, "  %%p%d = getelementptr inbounds i8, ptr %%args, i32 %d\n", i, off)
		switch {
		case c.isBig(t):
			args = append(args, fmt.Sprintf("ptr %%p%d", i))
		case c.sizeof(t) == 0:
			args = append(args, c.llvmType(t)+" zeroinitializer")
		default:
			fmt.Fprintf(&b, "  %%a%d = load %s, ptr %%p%d, align %d\n", i, c.llvmType(t), i, c.alignof(t))
			args = append(args, fmt.Sprintf("%s %%a%d", c.llvmType(t), i))
		}
	}
	args = append(args, "ptr %fctx")
	if ret == "void" {
		fmt.Fprintf(&b, "  call void %%fn(%s)\n", strings.Join(args, ", "))
	} else {
		fmt.Fprintf(&b, "  %%r = call %s %%fn(%s)\n", ret, strings.Join(args, ", "))
	}
	n := sig.Results().Len()
	for i, off := range c.blockOffsets(sig.Results()) {
		t := sig.Results().At(i).Type()
		if c.sizeof(t) == 0 {
			continue
		}
		v := "%r"
		if n > 1 {
			fmt.Fprintf(&b, "  %%r%d = extractvalue %s %%r, %d\n", i, ret, i)
			v = fmt.Sprintf("%%r%d", i)
		}
		fmt.Fprintf(&b, "  %%q%d = getelementptr inbounds i8, ptr %%res, i32 %d\n", i, off)
		fmt.Fprintf(&b, "  store %s %s, ptr %%q%d, align %d\n", c.llvmType(t), v, i, c.alignof(t))
	}
	b.WriteString("  ret void\n}\n\n")
	c.helpers.WriteString(b.String())
}
