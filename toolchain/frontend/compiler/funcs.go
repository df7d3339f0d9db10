// Function framing: the define line, the entry block with stack slots, one LLVM block (or
// more, when checks split it) per SSA block, and phi nodes resolved after all blocks exist.
package compiler

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

type funcState struct {
	c         *Compiler
	fn        *ssa.Function
	entry     strings.Builder // allocas and parameter debug declarations
	body      *strings.Builder
	blockBufs map[*ssa.BasicBlock]*strings.Builder
	blockExit map[*ssa.BasicBlock]string
	vals      map[ssa.Value]string
	tmp       int
	loc       string          // debug location suffix for emitted instructions
	sp        string          // DISubprogram
	deferBuf  string          // the defer frame, when the function defers
	entryTerm string          // terminator of the entry block
	landing   strings.Builder // panic landing blocks (functions with defer)
	// The frame push and setjmp, after the entry block's allocations (functions with defer).
	entrySetjmp strings.Builder
	curInstr    ssa.Instruction
	lastPos     token.Pos // last valid instruction position seen
	dbgVars     map[types.Object]string
	declared    map[*ssa.Alloc]bool
	frame       *debugFrame          // variables in described stack slots (debugframes.go)
	canRecover  string               // i1: called directly by a defer thunk (functions calling recover)
	forward     string               // i1: named by a defer thunk (forwarders, defer.go)
	allocWhat   string               // -gc=none: what the next allocating runtime call allocates
	allocPos    string               // and where (file:line:col as diagnostics print it)
	memRefs     map[ssa.Value]string // large loaded values left in memory (bigvalues.go)
	fieldCache  map[string][]string  // rebuilt aggregates -> their field values
	tempPool    map[string][]string
	tempUsed    map[string]int
}

// compileFunction emits fn's definition, or a declaration when it has no body.
func (c *Compiler) compileFunction(fn *ssa.Function) {
	name := quoteName(c.funcName(fn))
	if c.Where != nil {
		p := c.fset.Position(fn.Pos())
		c.Where(fmt.Sprintf("%s at %s:%d", c.funcName(fn), c.relPath(p.Filename), p.Line))
	}
	ret, params := c.signatureParts(fn.Signature)
	if fn.Blocks == nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "unsafe" {
		c.funcs.WriteString("define void @unsafe.init(ptr %context) {\nentry:\n  ret void\n}\n\n")
		return
	}
	if fn.Blocks == nil {
		if body := c.intrinsicBody(fn); body != "" {
			c.emitIntrinsic(fn, name, body)
			return
		}
		c.decls[name] = fmt.Sprintf("declare %s @%s(%s)", ret, name, strings.Join(append(params, "ptr"), ", "))
		return
	}
	fs := &funcState{c: c, fn: fn, vals: map[ssa.Value]string{}, entryTerm: "br label %b0",
		blockBufs: map[*ssa.BasicBlock]*strings.Builder{}, blockExit: map[*ssa.BasicBlock]string{}}
	fs.sp = c.dbg.subprogram(fn, c.funcName(fn))
	fs.loc = c.dbg.location(fn.Pos(), fs.sp)
	fs.initDebugFrame()

	var plist []string
	for i, p := range fn.Params {
		v := fmt.Sprintf("%%arg%d", i)
		plist = append(plist, c.paramType(p.Type())+" "+v)
		switch {
		case c.isBig(p.Type()):
			fs.bigParam(p, v)
			if fs.frame != nil {
				fs.frameParam(p, v, true)
			}
		case fs.frame != nil:
			fs.vals[p] = v
			fs.frameParam(p, v, false)
		default:
			fs.vals[p] = fs.rebuildAggregate(v, p.Type())
			fs.declareParam(p, fs.vals[p], i+1)
		}
	}
	plist = append(plist, "ptr %context")
	fs.loadFreeVars()
	fs.frameFreeVars()
	if callsRecover(fn) {
		fs.setupRecover("@" + name)
	} else if c.forwardsRecover(fn) {
		fs.setupForward("@" + name)
	}
	if fn.Recover != nil || hasDefer(fn) {
		fs.setupDefer()
	}

	order := fn.DomPreorder()
	seen := map[*ssa.BasicBlock]bool{}
	for _, b := range order {
		seen[b] = true
	}
	for _, b := range fn.Blocks {
		if !seen[b] {
			order = append(order, b)
		}
	}
	for _, b := range order {
		buf := &strings.Builder{}
		fs.blockBufs[b] = buf
		fs.body = buf
		fs.blockExit[b] = fmt.Sprintf("b%d", b.Index)
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.Phi); ok {
				continue
			}
			if c.static.elided[instr] {
				continue
			}
			fs.curInstr = instr
			for k := range fs.tempUsed {
				delete(fs.tempUsed, k)
			}
			if pos := instr.Pos(); pos.IsValid() {
				fs.lastPos = pos
				fs.loc = c.dbg.location(pos, fs.scopeAt(pos))
			} else if pos := fs.implicitPos(instr); pos.IsValid() {
				fs.loc = c.dbg.location(pos, fs.sp)
			}
			fs.frameBlockLoc(b)
			fs.frameLoopLoc(instr)
			fs.instruction(instr)
		}
	}

	var out strings.Builder
	fmt.Fprintf(&out, "define %s%s @%s(%s) !dbg %s {\nentry:\n", c.linkage(fn), ret, name, strings.Join(plist, ", "), fs.sp)
	out.WriteString(fs.entry.String())
	out.WriteString(fs.entrySetjmp.String())
	entryLoc := c.dbg.location(fn.Pos(), fs.sp)
	fmt.Fprintf(&out, "  %s, !dbg %s\n", fs.entryTerm, entryLoc)
	for _, b := range fn.Blocks {
		fmt.Fprintf(&out, "b%d:\n", b.Index)
		for _, instr := range b.Instrs {
			phi, ok := instr.(*ssa.Phi)
			if !ok {
				break
			}
			fs.emitPhi(&out, phi)
		}
		out.WriteString(fs.blockBufs[b].String())
	}
	out.WriteString(fs.landing.String())
	out.WriteString("}\n\n")
	c.funcs.WriteString(out.String())
}

// rebuildAggregate splits an aggregate parameter into its fields and rebuilds it at entry,
// so the fields the body uses are the same SSA values the debug info describes (LLVM
// cannot keep debug locations of whole aggregates, and drops unused field extractions).
func (fs *funcState) rebuildAggregate(v string, t types.Type) string {
	ty := fs.c.llvmType(t)
	var n int
	switch t.Underlying().(type) {
	case *types.Slice:
		n = 3
	case *types.Interface, *types.Signature:
		n = 2
	case *types.Basic:
		if !isString(t) {
			return v
		}
		n = 2
	default:
		return v
	}
	saved := fs.body
	fs.body = &fs.entry
	defer func() { fs.body = saved }()
	agg := "undef"
	var fields []string
	for i := 0; i < n; i++ {
		f := fs.emitv("extractvalue %s %s, %d", ty, v, i)
		fields = append(fields, f)
		agg = fs.emitv("insertvalue %s %s, %s %s, %d", ty, agg, fieldType(ty, i), f, i)
	}
	if fs.fieldCache == nil {
		fs.fieldCache = map[string][]string{}
	}
	fs.fieldCache[agg] = fields
	return agg
}

func fieldType(agg string, i int) string {
	parts := strings.Split(strings.Trim(agg, "{} "), ", ")
	return parts[i]
}

// linkage returns "internal " for functions only Go code calls, so LLVM can drop unused
// ones; the runtime package, //export and //go:linkname functions stay visible to C.
func (c *Compiler) linkage(fn *ssa.Function) string {
	if fn.Pkg != nil && fn.Pkg.Pkg.Path() == "runtime" {
		return ""
	}
	if c.exportName(fn) != "" {
		return ""
	}
	if fn.Pkg != nil && fn.Parent() == nil && fn.Signature.Recv() == nil {
		if _, ok := c.Linknames[fn.Pkg.Pkg.Path()+"."+fn.Name()]; ok {
			return ""
		}
	}
	return "internal "
}

// exportName returns the symbol given by an //export directive, or "".
func (c *Compiler) exportName(fn *ssa.Function) string {
	decl, ok := fn.Syntax().(*ast.FuncDecl)
	if !ok || decl.Doc == nil {
		return ""
	}
	for _, cm := range decl.Doc.List {
		if strings.HasPrefix(cm.Text, "//export ") {
			return strings.TrimSpace(strings.TrimPrefix(cm.Text, "//export "))
		}
	}
	return ""
}

// signatureParts returns the LLVM return type and parameter types of a Go signature
// (receiver first, without the trailing context).
func (c *Compiler) signatureParts(sig *types.Signature) (string, []string) {
	var params []string
	if r := sig.Recv(); r != nil {
		params = append(params, c.paramType(r.Type()))
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, c.paramType(sig.Params().At(i).Type()))
	}
	return c.tupleType(sig.Results()), params
}

func (fs *funcState) emitPhi(out *strings.Builder, phi *ssa.Phi) {
	ty := fs.c.llvmType(phi.Type())
	var inc []string
	for i, e := range phi.Edges {
		pred := phi.Block().Preds[i]
		inc = append(inc, fmt.Sprintf("[ %s, %%%s ]", fs.val(e), fs.blockExit[pred]))
	}
	fmt.Fprintf(out, "  %s = phi %s %s%s\n", fs.name(phi), ty, strings.Join(inc, ", "), fs.framePhiLoc(phi))
}

// emit writes one instruction with the current debug location.
func (fs *funcState) emit(format string, args ...interface{}) {
	fs.emitAssign("", format, args...)
}

// emitAssign writes "result = instruction" (result may be empty).
func (fs *funcState) emitAssign(result, format string, args ...interface{}) {
	fs.body.WriteString("  ")
	if result != "" {
		fs.body.WriteString(result)
		fs.body.WriteString(" = ")
	}
	text := fmt.Sprintf(format, args...)
	fs.body.WriteString(text)
	if fs.c.cfg.GCMode == "none" {
		fs.body.WriteString(fs.allocTag(text))
	}
	if fs.loc != "" {
		fs.body.WriteString(", !dbg ")
		fs.body.WriteString(fs.loc)
	}
	fs.body.WriteString("\n")
}

// emitv writes an instruction producing a fresh temporary and returns its name.
func (fs *funcState) emitv(format string, args ...interface{}) string {
	t := fs.newTmp()
	fs.emitAssign(t, format, args...)
	return t
}

// emitNamed writes an instruction whose result is the SSA value v.
func (fs *funcState) emitNamed(v ssa.Value, format string, args ...interface{}) {
	fs.emitAssign(fs.name(v), format, args...)
}

func (fs *funcState) newTmp() string {
	fs.tmp++
	return fmt.Sprintf("%%.%d", fs.tmp)
}

// newLabel starts a new LLVM block; the current SSA block now exits from it.
func (fs *funcState) newLabel(prefix string) string {
	fs.tmp++
	return fmt.Sprintf("%s.%d", prefix, fs.tmp)
}

func (fs *funcState) startBlock(label string) {
	fmt.Fprintf(fs.body, "%s:\n", label)
	if b := fs.curInstr; b != nil && b.Block() != nil {
		fs.blockExit[b.Block()] = label
	}
}

// name returns the LLVM name of an SSA value defined by an instruction.
func (fs *funcState) name(v ssa.Value) string {
	if n, ok := fs.vals[v]; ok {
		return n
	}
	n := "%" + v.Name()
	fs.vals[v] = n
	return n
}

// alloca reserves a stack slot in the entry block.
func (fs *funcState) alloca(ty string) string {
	fs.tmp++
	t := fmt.Sprintf("%%.slot%d", fs.tmp)
	fmt.Fprintf(&fs.entry, "  %s = alloca %s\n", t, ty)
	return t
}

// temp returns a stack slot for a temporary that lives only while one instruction is
// lowered; slots are reused by later instructions, keeping frames small.
func (fs *funcState) temp(ty string) string {
	if fs.tempPool == nil {
		fs.tempPool, fs.tempUsed = map[string][]string{}, map[string]int{}
	}
	i := fs.tempUsed[ty]
	fs.tempUsed[ty] = i + 1
	if i < len(fs.tempPool[ty]) {
		return fs.tempPool[ty][i]
	}
	s := fs.alloca(ty)
	fs.tempPool[ty] = append(fs.tempPool[ty], s)
	return s
}

// loadFreeVars binds a closure's free variables from its context block.
func (fs *funcState) loadFreeVars() {
	fv := fs.fn.FreeVars
	if len(fv) == 0 {
		return
	}
	if len(fv) == 1 && isPointerShaped(fv[0].Type()) {
		fs.vals[fv[0]] = "%context"
		return
	}
	st := fs.c.contextType(fv)
	for i, v := range fv {
		n := fmt.Sprintf("%%fv%d", i)
		fmt.Fprintf(&fs.entry, "  %%fvp%d = getelementptr inbounds %s, ptr %%context, i32 0, i32 %d\n", i, st, i)
		fmt.Fprintf(&fs.entry, "  %s = load %s, ptr %%fvp%d\n", n, fs.c.llvmType(v.Type()), i)
		fs.vals[v] = n
	}
}

func (c *Compiler) contextType(fv []*ssa.FreeVar) string {
	parts := make([]string, len(fv))
	for i, v := range fv {
		parts[i] = c.llvmType(v.Type())
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

func hasDefer(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, i := range b.Instrs {
			if _, ok := i.(*ssa.Defer); ok {
				return true
			}
		}
	}
	return false
}
