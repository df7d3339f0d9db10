// Static package initialisation: the straight-line part of each package's init function
// (composite literals, tables, addresses of globals, constants boxed in interfaces) is
// evaluated at compile time and becomes global initialisers, so tables such as unicode's
// cost no start-up time and no heap. Evaluation stops at the first instruction with
// effects it cannot model (a call, a store through an unknown pointer); everything it
// did not evaluate runs at start-up as usual.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"sort"

	"golang.org/x/tools/go/ssa"
)

// Static values.
type sval interface{}
type sconst struct{ text string }
type sptr struct {
	obj  *vobj
	path []int
}
type sslice struct {
	arr      sptr // the array object (path to the array)
	offset   int64
	len, cap int64
}
type scopy struct{ n *snode } // the contents of an object, loaded as a whole
type siface struct {
	desc string
	data sval // sptr, or sconst "null"
}

// vobj is an object whose contents are known at compile time.
type vobj struct {
	typ     types.Type
	global  *ssa.Global
	sym     string
	root    *snode
	dynRead bool // read at start-up before a later static store: keep further stores dynamic
	dynWrit bool
	// Read-only objects are emitted as constants (flash instead of RAM): interface boxes,
	// and composite literals of standard-library packages that no start-up code touched.
	box, std, escaped bool
}

type snode struct {
	leaf sval
	kids map[int]*snode
}

type staticState struct {
	vals    map[ssa.Value]sval
	elided  map[ssa.Instruction]bool
	globals map[*ssa.Global]*vobj
	objs    int
	used    []*vobj // fresh objects referenced by the program, emitted by emitObjects
	usedSet map[*vobj]bool
}

func (c *Compiler) globalObj(g *ssa.Global) *vobj {
	if o := c.static.globals[g]; o != nil {
		return o
	}
	o := &vobj{typ: g.Type().(*types.Pointer).Elem(), global: g, root: &snode{}}
	c.static.globals[g] = o
	return o
}

// evalStaticInits evaluates the init functions of all packages, in the order of their
// paths: the module must not depend on map order (the same program gives the same IR).
func (c *Compiler) evalStaticInits() {
	pkgs := c.prog.AllPackages()
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].Pkg.Path() < pkgs[j].Pkg.Path() })
	for _, p := range pkgs {
		if fn := p.Func("init"); fn != nil && len(fn.Blocks) > 1 {
			c.elideInitGuard(fn)
			c.evalInit(fn, fn.Blocks[1])
		}
	}
}

// elideInitGuard drops what makes a package initializer run once: runtime.callMain calls
// every initializer once, dependencies first (initOrder), so the guard's test and store and
// the calls to the initializers of imported packages are not compiled.
func (c *Compiler) elideInitGuard(fn *ssa.Function) {
	isGuard := func(v ssa.Value) bool {
		g, ok := v.(*ssa.Global)
		return ok && g.Name() == "init$guard" && g.Pkg == fn.Pkg
	}
	for _, instr := range fn.Blocks[0].Instrs {
		if load, ok := instr.(*ssa.UnOp); ok && load.Op == token.MUL && isGuard(load.X) {
			c.static.vals[load] = sconst{"false"}
			c.static.elided[load] = true
		}
	}
	for _, instr := range fn.Blocks[1].Instrs {
		switch i := instr.(type) {
		case *ssa.Store:
			if isGuard(i.Addr) {
				c.static.elided[i] = true
			}
		case *ssa.Call:
			if dep := importedInit(fn, i); dep != nil {
				c.static.elided[i] = true
			}
		}
	}
}

// importedInit returns the initializer of another package that call calls from package
// initializer fn, or nil.
func importedInit(fn *ssa.Function, call *ssa.Call) *ssa.Function {
	callee := call.Call.StaticCallee()
	if callee != nil && callee.Name() == "init" && callee.Pkg != fn.Pkg && callee.Synthetic == "package initializer" {
		return callee
	}
	return nil
}

// initOrder lists the package initializers reachable from roots, each after those of the
// packages it imports, in the order the initializers' own calls would run them.
func initOrder(roots []*ssa.Function) []*ssa.Function {
	var order []*ssa.Function
	seen := map[*ssa.Function]bool{}
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		if fn == nil || seen[fn] {
			return
		}
		seen[fn] = true
		if len(fn.Blocks) > 1 {
			for _, instr := range fn.Blocks[1].Instrs {
				if call, ok := instr.(*ssa.Call); ok {
					visit(importedInit(fn, call))
				}
			}
		}
		order = append(order, fn)
	}
	for _, fn := range roots {
		visit(fn)
	}
	return order
}

func (c *Compiler) staticOperand(v ssa.Value) (sval, bool) {
	switch v := v.(type) {
	case *ssa.Const:
		return sconst{c.constValue(v.Value, v.Type())}, true
	case *ssa.Function:
		if len(v.FreeVars) > 0 {
			return nil, false
		}
		return sconst{fmt.Sprintf("{ ptr null, ptr %s }", c.funcRef(v))}, true
	case *ssa.Global:
		return sptr{obj: c.globalObj(v)}, true
	}
	s, ok := c.static.vals[v]
	return s, ok
}

func (c *Compiler) evalInit(fn *ssa.Function, b *ssa.BasicBlock) {
	st := c.static
	pkg := fn.Pkg
	def := func(instr ssa.Instruction, v sval) {
		st.vals[instr.(ssa.Value)] = v
		st.elided[instr] = true
	}
	for _, instr := range b.Instrs {
		switch i := instr.(type) {
		case *ssa.Alloc:
			st.objs++
			o := &vobj{typ: i.Type().(*types.Pointer).Elem(), root: &snode{}, std: c.StdPackages[pkg.Pkg.Path()],
				sym: fmt.Sprintf("@%s", quoteName(fmt.Sprintf("%s.init$obj%d", pkg.Pkg.Path(), st.objs)))}
			def(i, sptr{obj: o})
		case *ssa.FieldAddr:
			if p, ok := c.staticOperand(i.X); ok {
				if sp, ok := p.(sptr); ok {
					def(i, sptr{obj: sp.obj, path: appendPath(sp.path, i.Field)})
				}
			}
		case *ssa.IndexAddr:
			idx, ok := i.Index.(*ssa.Const)
			if !ok {
				continue
			}
			n, _ := int64Val(idx)
			if x, ok := c.staticOperand(i.X); ok {
				switch x := x.(type) {
				case sptr:
					def(i, sptr{obj: x.obj, path: appendPath(x.path, int(n))})
				case sslice:
					if n >= 0 && n < x.len {
						def(i, sptr{obj: x.arr.obj, path: appendPath(x.arr.path, int(x.offset+n))})
					}
				}
			}
		case *ssa.Slice:
			x, ok := c.staticOperand(i.X)
			sp, isPtr := x.(sptr)
			if !ok || !isPtr {
				continue
			}
			at, ok := i.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
			if !ok {
				continue
			}
			lo, hi, max := int64(0), at.Len(), at.Len()
			okc := true
			for _, b := range []struct {
				v ssa.Value
				p *int64
			}{{i.Low, &lo}, {i.High, &hi}, {i.Max, &max}} {
				if b.v == nil {
					continue
				}
				k, isK := b.v.(*ssa.Const)
				if !isK {
					okc = false
					break
				}
				*b.p, _ = int64Val(k)
			}
			if okc && 0 <= lo && lo <= hi && hi <= max && max <= at.Len() {
				def(i, sslice{arr: sp, offset: lo, len: hi - lo, cap: max - lo})
			}
		case *ssa.MakeInterface:
			x, ok := c.staticOperand(i.X)
			if !ok {
				continue
			}
			t := i.X.Type()
			c.noteIfaceType(t)
			desc := c.typeDesc(t)
			switch {
			case isPointerShaped(t):
				def(i, siface{desc: desc, data: x})
			case c.sizeof(t) == 0:
				def(i, siface{desc: desc, data: sconst{"null"}})
			default:
				st.objs++
				o := &vobj{typ: t, root: &snode{leaf: x}, box: true,
					sym: fmt.Sprintf("@%s", quoteName(fmt.Sprintf("%s.init$obj%d", pkg.Pkg.Path(), st.objs)))}
				def(i, siface{desc: desc, data: sptr{obj: o}})
			}
		case *ssa.ChangeType:
			if x, ok := c.staticOperand(i.X); ok {
				def(i, x)
			}
		case *ssa.ChangeInterface:
			if x, ok := c.staticOperand(i.X); ok {
				def(i, x)
			}
		case *ssa.Store:
			a, ok := c.staticOperand(i.Addr)
			sp, isPtr := a.(sptr)
			if !ok || !isPtr {
				if os.Getenv("MARMOT_STATIC_DEBUG") != "" {
					fmt.Fprintf(os.Stderr, "static init of %s stops at %s\n", pkg.Pkg.Path(), instr)
				}
				return // store through an unknown pointer: stop here
			}
			v, vok := c.staticOperand(i.Val)
			guard := sp.obj.global != nil && sp.obj.global.Name() == "init$guard"
			if !vok || guard || sp.obj.dynRead || sp.obj.dynWrit {
				sp.obj.dynWrit = true
				continue
			}
			sp.obj.store(sp.path, v)
			st.elided[i] = true
		case *ssa.UnOp:
			if x, ok := c.staticOperand(i.X); ok {
				if sp, ok := x.(sptr); ok && i.Op.String() == "*" {
					if sp.obj.global == nil && !sp.obj.dynWrit {
						if n := sp.obj.lookup(sp.path); n != nil {
							def(i, scopy{n: n.clone()})
							continue
						}
					}
					sp.obj.dynRead = true
				}
			}
		case *ssa.Call:
			callee := i.Call.StaticCallee()
			if callee != nil && callee.Name() == "init" && callee.Pkg != pkg && callee.Signature.Params().Len() == 0 {
				continue
			}
			if v, ok := c.evalCall(i); ok {
				def(i, v)
				continue
			}
			if c.harmlessCall(i, pkg) {
				continue
			}
			if os.Getenv("MARMOT_STATIC_DEBUG") != "" {
				fmt.Fprintf(os.Stderr, "static init of %s stops at %s\n", pkg.Pkg.Path(), instr)
			}
			return
		case *ssa.MakeMap, *ssa.MapUpdate, *ssa.MakeSlice, *ssa.MakeChan, *ssa.DebugRef, *ssa.BinOp,
			*ssa.Convert, *ssa.Extract, *ssa.Field, *ssa.Index, *ssa.Lookup, *ssa.TypeAssert, *ssa.Phi,
			*ssa.MakeClosure, *ssa.SliceToArrayPointer:
			// no memory effects on statically known objects
		default:
			if os.Getenv("MARMOT_STATIC_DEBUG") != "" {
				fmt.Fprintf(os.Stderr, "static init of %s stops at %s\n", pkg.Pkg.Path(), instr)
			}
			return
		}
	}
}

// evalCall evaluates, at compile time, a call of a small constructor such as errors.New:
// one block of allocations, stores into them, interface conversions and a return, with
// arguments known statically. On failure nothing it built is referenced.
func (c *Compiler) evalCall(call *ssa.Call) (sval, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || len(callee.Blocks) != 1 || len(callee.FreeVars) > 0 || callee.Recover != nil ||
		len(callee.Params) != len(call.Call.Args) || callee.Pkg == nil {
		return nil, false
	}
	env := map[ssa.Value]sval{}
	for i, p := range callee.Params {
		a, ok := c.staticOperand(call.Call.Args[i])
		if !ok {
			return nil, false
		}
		env[p] = a
	}
	get := func(v ssa.Value) (sval, bool) {
		if s, ok := env[v]; ok {
			return s, true
		}
		switch v.(type) {
		case *ssa.Const, *ssa.Function:
			return c.staticOperand(v)
		}
		return nil, false
	}
	fresh := map[*vobj]bool{}
	newObj := func(t types.Type) *vobj {
		c.static.objs++
		o := &vobj{typ: t, root: &snode{},
			sym: fmt.Sprintf("@%s", quoteName(fmt.Sprintf("%s.init$obj%d", callee.Pkg.Pkg.Path(), c.static.objs)))}
		fresh[o] = true
		return o
	}
	for _, instr := range callee.Blocks[0].Instrs {
		switch i := instr.(type) {
		case *ssa.Alloc:
			env[i] = sptr{obj: newObj(i.Type().(*types.Pointer).Elem())}
		case *ssa.FieldAddr:
			x, ok := get(i.X)
			sp, isPtr := x.(sptr)
			if !ok || !isPtr {
				return nil, false
			}
			env[i] = sptr{obj: sp.obj, path: appendPath(sp.path, i.Field)}
		case *ssa.Store:
			a, ok := get(i.Addr)
			sp, isPtr := a.(sptr)
			v, vok := get(i.Val)
			if !ok || !isPtr || !vok || !fresh[sp.obj] {
				return nil, false
			}
			sp.obj.store(sp.path, v)
		case *ssa.MakeInterface:
			x, ok := get(i.X)
			if !ok {
				return nil, false
			}
			t := i.X.Type()
			c.noteIfaceType(t)
			desc := c.typeDesc(t)
			switch {
			case isPointerShaped(t):
				env[i] = siface{desc: desc, data: x}
			case c.sizeof(t) == 0:
				env[i] = siface{desc: desc, data: sconst{"null"}}
			default:
				o := newObj(t)
				o.root.leaf, o.box = x, true
				env[i] = siface{desc: desc, data: sptr{obj: o}}
			}
		case *ssa.ChangeType:
			x, ok := get(i.X)
			if !ok {
				return nil, false
			}
			env[i] = x
		case *ssa.ChangeInterface:
			x, ok := get(i.X)
			if !ok {
				return nil, false
			}
			env[i] = x
		case *ssa.DebugRef:
		case *ssa.Return:
			if len(i.Results) != 1 {
				return nil, false
			}
			return get(i.Results[0])
		default:
			return nil, false
		}
	}
	return nil, false
}

// harmlessCall reports whether a call made during initialisation cannot reach this
// package's memory: a function of another package (which cannot import this one) given
// only constants and plain values.
func (c *Compiler) harmlessCall(call *ssa.Call, pkg *ssa.Package) bool {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg == pkg || len(callee.FreeVars) > 0 {
		return false
	}
	for _, a := range call.Call.Args {
		if _, ok := a.(*ssa.Const); ok {
			continue
		}
		if _, static := c.static.vals[a]; static {
			return false
		}
		b, ok := a.Type().Underlying().(*types.Basic)
		if !ok || b.Kind() == types.UnsafePointer {
			return false
		}
	}
	return true
}

// lookup returns the node at path, or nil when it is not materialised.
func (o *vobj) lookup(path []int) *snode {
	n := o.root
	for _, i := range path {
		if n.kids == nil {
			if n.leaf == nil {
				return &snode{} // zero
			}
			return nil
		}
		k := n.kids[i]
		if k == nil {
			return &snode{}
		}
		n = k
	}
	return n
}

func (n *snode) clone() *snode {
	m := &snode{leaf: n.leaf}
	if n.kids != nil {
		m.kids = map[int]*snode{}
		for i, k := range n.kids {
			m.kids[i] = k.clone()
		}
	}
	return m
}

func appendPath(p []int, i int) []int {
	out := make([]int, len(p)+1)
	copy(out, p)
	out[len(p)] = i
	return out
}

// store records v at path inside the object.
func (o *vobj) store(path []int, v sval) {
	n := o.root
	for _, i := range path {
		if n.leaf != nil {
			n.leaf = nil // a zero aggregate constant: expand into children
		}
		if n.kids == nil {
			n.kids = map[int]*snode{}
		}
		k := n.kids[i]
		if k == nil {
			k = &snode{}
			n.kids[i] = k
		}
		n = k
	}
	if cp, ok := v.(scopy); ok {
		c := cp.n.clone()
		n.leaf, n.kids = c.leaf, c.kids
		return
	}
	n.leaf = v
	n.kids = nil
}

// symbol returns the object's global, emitting fresh objects on first use.
func (c *Compiler) objSymbol(o *vobj) string {
	if o.global != nil {
		return "@" + quoteName(c.globalRef(o.global))
	}
	if !c.static.usedSet[o] {
		c.static.usedSet[o] = true
		c.static.used = append(c.static.used, o)
	}
	return o.sym
}

// emitObjects writes the referenced fresh objects, after all code is compiled (so it is
// known which ones start-up code touches).
func (c *Compiler) emitObjects() {
	for i := 0; i < len(c.static.used); i++ {
		o := c.static.used[i]
		ty := c.llvmType(o.typ)
		init := c.renderNode(o.root, o.typ)
		kind := "global"
		if o.box || (o.std && !o.escaped) {
			kind = "constant"
		}
		fmt.Fprintf(&c.globals, "%s = internal %s %s %s, align %d\n", o.sym, kind, ty, init, c.alignof(o.typ))
	}
}

// markEscaped records that start-up code uses the objects a static value refers to.
func markEscaped(v sval) {
	switch v := v.(type) {
	case sptr:
		v.obj.escaped = true
	case sslice:
		v.arr.obj.escaped = true
	case siface:
		markEscaped(v.data)
	}
}

// renderNode returns the LLVM constant for the contents of a node of type t.
func (c *Compiler) renderNode(n *snode, t types.Type) string {
	ty := c.llvmType(t)
	if n == nil || (n.leaf == nil && n.kids == nil) {
		return zeroValue(ty)
	}
	if n.leaf != nil {
		return c.renderVal(n.leaf, t)
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		parts := make([]string, u.NumFields())
		for i := range parts {
			ft := u.Field(i).Type()
			parts[i] = c.llvmType(ft) + " " + c.renderNode(n.kids[i], ft)
		}
		return "{ " + joinTyped(parts...) + " }"
	case *types.Array:
		et := c.llvmType(u.Elem())
		parts := make([]string, u.Len())
		for i := range parts {
			parts[i] = et + " " + c.renderNode(n.kids[i], u.Elem())
		}
		return "[ " + joinTyped(parts...) + " ]"
	}
	return zeroValue(ty)
}

// renderVal returns the LLVM constant of a static value of type t.
func (c *Compiler) renderVal(v sval, t types.Type) string {
	switch v := v.(type) {
	case sconst:
		return v.text
	case scopy:
		return c.renderNode(v.n, t)
	case sptr:
		return c.renderPtr(v)
	case sslice:
		p := c.renderPtr(sptr{obj: v.arr.obj, path: appendPath(v.arr.path, int(v.offset))})
		return fmt.Sprintf("{ ptr %s, i32 %d, i32 %d }", p, v.len, v.cap)
	case siface:
		return fmt.Sprintf("{ ptr %s, ptr %s }", v.desc, c.renderVal(v.data, types.Typ[types.UnsafePointer]))
	}
	panic(fmt.Sprintf("cannot render static value %T", v))
}

func (c *Compiler) renderPtr(p sptr) string {
	sym := c.objSymbol(p.obj)
	if len(p.path) == 0 {
		return sym
	}
	s := fmt.Sprintf("getelementptr inbounds (%s, ptr %s, i32 0", c.llvmType(p.obj.typ), sym)
	for _, i := range p.path {
		s += fmt.Sprintf(", i32 %d", i)
	}
	return s + ")"
}
