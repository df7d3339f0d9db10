// Package compiler lowers a whole Go program, in SSA form (golang.org/x/tools/go/ssa), to
// one textual LLVM 15 IR module with DWARF debug information. Functions are compiled on
// demand, starting from the main package's init and main, so only reachable code is emitted.
package compiler

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// Config holds the code generation options from the command line.
type Config struct {
	Triple    string
	GCMode    string // conservative, leaking, none
	StackSize int
	Dir       string // positions inside Dir are printed relative to it
	// DebugFrames (-opt=0 and 1) keeps every parameter and local variable of the program's
	// own packages in a stack slot described by llvm.dbg.declare, and scopes locals in
	// lexical blocks, for debuggers (debugframes.go).
	DebugFrames bool
}

// Compiler holds the state of one module being generated.
type Compiler struct {
	cfg   Config
	prog  *ssa.Program
	fset  *token.FileSet
	sizes types.Sizes

	typeCache map[types.Type]string
	globals   strings.Builder // global variables and constants
	funcs     strings.Builder // function definitions
	decls     map[string]string
	funcNames map[*ssa.Function]string
	definedBy map[string]bool // symbols with a Go definition
	usedNames map[string]bool
	queue     []*ssa.Function
	queued    map[*ssa.Function]bool
	strConsts map[string]string
	posConsts map[string]string
	tmpGlobal int

	typeDescs   typeutil.Map // types.Type -> *typeDesc
	descNames   map[string]bool
	ifaceTypes  typeutil.Map // concrete types converted to interfaces -> index in ifaceList
	ifaceList   []types.Type
	invokes     map[string]*invokeInfo
	invokeOrder []string
	asserts     map[string]*assertInfo
	assertOrder []string
	helpers     strings.Builder // generated helper functions (dispatch, equality, ...)
	reflect     reflectState    // reflection over methods and calls (reflectmethods.go)

	dbg      *debugInfo
	errors   []Error
	static   *staticState
	zeroSize int64 // size of @.zero, the shared zero value of big types

	// Where, when set, is told which function is being compiled (for internal errors).
	Where func(string)
	// StdPackages holds the import paths of GOROOT (not overlay) packages.
	StdPackages map[string]bool
	// UserPackages holds the import paths of the program's own packages (neither GOROOT's
	// nor the overlay's): with DebugFrames, only their functions get debugging frames.
	UserPackages map[string]bool
	// Linknames maps "pkg/path.local" to the symbol given by a //go:linkname directive.
	Linknames map[string]string
}

// Error is a diagnostic found during code generation (for example an allocation with
// -gc=none).
type Error struct {
	Pos token.Pos
	Msg string
}

// New creates a compiler for the given SSA program.
func New(cfg Config, prog *ssa.Program, sizes types.Sizes) *Compiler {
	c := &Compiler{
		cfg: cfg, prog: prog, fset: prog.Fset, sizes: sizes,
		typeCache: map[types.Type]string{},
		decls:     map[string]string{},
		funcNames: map[*ssa.Function]string{},
		definedBy: map[string]bool{},
		usedNames: map[string]bool{},
		queued:    map[*ssa.Function]bool{},
		strConsts: map[string]string{},
		posConsts: map[string]string{},
		descNames: map[string]bool{},
		invokes:   map[string]*invokeInfo{},
		asserts:   map[string]*assertInfo{},
	}
	c.dbg = newDebugInfo(c)
	c.static = &staticState{vals: map[ssa.Value]sval{}, elided: map[ssa.Instruction]bool{},
		globals: map[*ssa.Global]*vobj{}, usedSet: map[*vobj]bool{}}
	return c
}

// Compile generates the module for the program whose main package is mainPkg.
// Every function of the extra packages (the runtime, which the C side calls into) is
// compiled too, and their init functions run first.
func (c *Compiler) Compile(mainPkg *ssa.Package, extra []*ssa.Package) (string, []Error) {
	initFn := mainPkg.Func("init")
	mainFn := mainPkg.Func("main")
	if mainFn == nil {
		return "", []Error{{Msg: "function main is undeclared in the main package"}}
	}
	if mainFn.Pos().IsValid() {
		c.dbg.cuFile, _, _ = c.dbg.position(mainFn.Pos())
	}
	c.evalStaticInits()
	var inits []*ssa.Function
	for _, p := range extra {
		if f := p.Func("init"); f != nil {
			inits = append(inits, f)
		}
		var names []string
		for name := range p.Members {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if f, ok := p.Members[name].(*ssa.Function); ok && f.Blocks != nil && f.TypeParams().Len() == 0 {
				c.funcRef(f)
			}
		}
	}
	c.emitCallMain(initOrder(append(inits, initFn)), mainFn)
	for {
		for len(c.queue) > 0 {
			fn := c.queue[0]
			c.queue = c.queue[1:]
			c.compileFunction(fn)
		}
		// Interface dispatch and reflection may need methods of types converted to
		// interfaces late.
		more := c.resolveInvokes()
		if c.resolveReflect() || more {
			continue
		}
		break
	}
	c.emitReflect()
	c.emitInvokes()
	c.emitAsserts()
	c.emitObjects()
	if len(c.errors) > 0 {
		return "", c.errors
	}
	return c.module(), nil
}

// emitCallMain writes runtime.callMain, which runs package initialisation and main.main.
func (c *Compiler) emitCallMain(inits []*ssa.Function, mainFn *ssa.Function) {
	var b strings.Builder
	b.WriteString("define void @\"runtime.callMain\"(ptr %context) {\nentry:\n")
	for _, initFn := range inits {
		if initFn != nil {
			fmt.Fprintf(&b, "  call void %s(ptr null)\n", c.funcRef(initFn))
		}
	}
	fmt.Fprintf(&b, "  call void %s(ptr null)\n  ret void\n}\n\n", c.funcRef(mainFn))
	c.funcs.WriteString(b.String())
}

// funcRef returns the IR name of fn (quoted, with @) and queues it for compilation.
func (c *Compiler) funcRef(fn *ssa.Function) string {
	if !c.queued[fn] {
		c.queued[fn] = true
		c.queue = append(c.queue, fn)
	}
	return "@" + quoteName(c.funcName(fn))
}

// errorf records a compile error at pos.
func (c *Compiler) errorf(pos token.Pos, format string, args ...interface{}) {
	c.errors = append(c.errors, Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// useRuntime declares a runtime function and returns its reference.
func (c *Compiler) useRuntime(name string) (ret, ref string) {
	sig, ok := runtimeFuncs[name]
	if !ok {
		panic("unknown runtime function " + name)
	}
	i := strings.Index(sig, " (")
	ret = sig[:i]
	if _, ok := c.decls[name]; !ok {
		rest := sig[i+1:]
		c.decls[name] = fmt.Sprintf("declare %s @%s%s", ret, name, rest)
	}
	return ret, "@" + name
}

// module assembles the final IR text.
func (c *Compiler) module() string {
	var b strings.Builder
	b.WriteString("; Generated by marmot-frontend\n")
	fmt.Fprintf(&b, "target datalayout = %q\n", dataLayout(c.cfg.Triple))
	fmt.Fprintf(&b, "target triple = %q\n\n", c.cfg.Triple)
	gcMode := map[string]int{"conservative": 0, "leaking": 1, "none": 2}[c.cfg.GCMode]
	fmt.Fprintf(&b, "@runtime_gcMode = constant i32 %d\n", gcMode)
	fmt.Fprintf(&b, "@runtime_stackSize = constant i32 %d\n\n", c.cfg.StackSize)
	if c.zeroSize > 0 {
		fmt.Fprintf(&b, "@.zero = private unnamed_addr constant [%d x i8] zeroinitializer, align 8\n", c.zeroSize)
	}
	b.WriteString(c.globals.String())
	b.WriteString("\n")
	names := make([]string, 0, len(c.decls))
	for n := range c.decls {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if c.definedBy[strings.Trim(n, "\"")] {
			continue // a Go definition of the same symbol exists
		}
		b.WriteString(c.decls[n])
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(c.dbg.addHelperDebugInfo(c.funcs.String()))
	b.WriteString(c.dbg.addHelperDebugInfo(c.helpers.String()))
	b.WriteString("declare void @llvm.dbg.declare(metadata, metadata, metadata)\n")
	b.WriteString("declare void @llvm.dbg.value(metadata, metadata, metadata)\n")
	b.WriteString("declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)\n")
	b.WriteString("declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)\n")
	b.WriteString("declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)\n\n")
	c.dbg.write(&b)
	return b.String()
}

// dataLayout returns the LLVM data layout for a target triple.
func dataLayout(triple string) string {
	switch {
	case strings.HasPrefix(triple, "riscv32"):
		return "e-m:e-p:32:32-i64:64-n32-S128"
	case strings.HasPrefix(triple, "thumb"), strings.HasPrefix(triple, "arm"):
		return "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
	}
	return "e-m:e-p:32:32-i64:64-n32-S64"
}

// quoteName returns an LLVM identifier body, quoted when it has special characters.
func quoteName(name string) string {
	ok := name != ""
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '$') {
			ok = false
			break
		}
	}
	if ok && !(name[0] >= '0' && name[0] <= '9') {
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); i++ {
		ch := name[i]
		if ch == '"' || ch == '\\' || ch < 0x20 || ch >= 0x7f {
			fmt.Fprintf(&b, "\\%02X", ch)
		} else {
			b.WriteByte(ch)
		}
	}
	b.WriteByte('"')
	return b.String()
}
