// Debugging frames (Config.DebugFrames, -opt=0 and -opt=1): every named parameter and local
// variable of the program's own packages lives in a stack slot of its own, described once by
// llvm.dbg.declare, and every Go assignment (each ssa.DebugRef) stores the new value there.
// Variables that already live in memory (struct and array locals, escaping and captured
// variables) are described through that memory, via a slot holding their address when it is
// on the heap. Without IR optimisation the slots hold the values at every instruction,
// whichever registers the ABI passed them in. Locals are scoped in DILexicalBlocks that
// follow Go's blocks, so gdb lists a variable only inside the block declaring it. Optimised
// builds, and GOROOT and overlay packages (whose slots would outgrow small flash memories),
// describe SSA values with llvm.dbg.value instead (debugtypes.go).
package compiler

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

type debugFrame struct {
	slots  map[types.Object]string       // variables kept by value: their slot
	types  map[types.Object]types.Type   // the (instantiated) type of each variable's value
	byAddr map[types.Object]bool         // variables described through their own memory
	allocs map[*ssa.Alloc]types.Object   // variables in memory, described at their Alloc
	lits   map[ast.Expr]*types.Var       // map and slice literals assigned to a variable
	free   map[*ssa.FreeVar]types.Object // a closure's captured variables
	body   *types.Scope                  // the Go scope of the function body
	rbrace token.Pos                     // the body's closing brace
	entry  string                        // location of the stores at function entry: the func line
	blocks map[*types.Scope]string       // Go block -> DILexicalBlock
	// The location of each SSA block's first instruction, given to its phis.
	blockLocs map[*ssa.BasicBlock]string
}

// initDebugFrame prepares the frame description of fs.fn (with Config.DebugFrames).
func (fs *funcState) initDebugFrame() {
	if pkg := declaredPackage(fs.fn); !fs.c.cfg.DebugFrames || pkg == nil || !fs.c.UserPackages[pkg.Pkg.Path()] {
		return
	}
	f := &debugFrame{slots: map[types.Object]string{}, types: map[types.Object]types.Type{}, byAddr: map[types.Object]bool{},
		allocs: map[*ssa.Alloc]types.Object{}, lits: map[ast.Expr]*types.Var{}, free: map[*ssa.FreeVar]types.Object{},
		blocks: map[*types.Scope]string{}, blockLocs: map[*ssa.BasicBlock]string{}, entry: fs.c.dbg.location(fs.fn.Pos(), fs.sp)}
	fs.frame = f
	var body *ast.BlockStmt
	syntax := fs.fn.Syntax()
	if origin := fs.fn.Origin(); origin != nil {
		syntax = origin.Syntax() // ssa keeps no syntax tree for instances
	}
	switch syn := syntax.(type) {
	case *ast.FuncDecl:
		body = syn.Body
	case *ast.FuncLit:
		body = syn.Body
	}
	if body != nil {
		f.body = declaredPackage(fs.fn).Pkg.Scope().Innermost(body.Lbrace)
		f.rbrace = body.Rbrace
		fs.findLiterals(body)
	}
	// Variables by the position of their declaring identifier, which is also the position
	// of the Alloc (named after it) holding a variable that lives in memory.
	named := map[token.Pos]types.Object{}
	var allocs []*ssa.Alloc
	for _, b := range fs.fn.Blocks {
		for _, instr := range b.Instrs {
			switch r := instr.(type) {
			case *ssa.Alloc:
				allocs = append(allocs, r)
			case *ssa.DebugRef:
				if obj := r.Object(); obj != nil {
					named[obj.Pos()] = obj
				}
			}
		}
	}
	for _, a := range allocs {
		obj, ok := named[a.Pos()]
		if !ok && f.body != nil && a.Comment != "" {
			// ssa gives instances of generic functions no DebugRefs: find the variable
			// from its Alloc's name and position.
			obj, ok = lookupAt(f.body, a.Comment, a.Pos())
		}
		if ok && a.Comment == obj.Name() && !f.byAddr[obj] {
			f.allocs[a] = obj
			f.byAddr[obj] = true
			f.types[obj] = a.Type().(*types.Pointer).Elem()
		}
	}
	// A closure's free variables point to the variables it captured (ssa captures by
	// reference): describe each one through its pointer from the closure's entry on.
	if fs.fn.Synthetic == "" && fs.fn.Parent() != nil {
		for _, fv := range fs.fn.FreeVars {
			obj, ok := named[fv.Pos()]
			if ptr, isPtr := fv.Type().Underlying().(*types.Pointer); ok && isPtr && obj.Name() == fv.Name() {
				f.free[fv] = obj
				f.byAddr[obj] = true
				f.types[obj] = ptr.Elem()
			}
		}
	}
}

// findLiterals notes the variables that map and slice literals are assigned to: ssa refers
// to such an assignment by the literal, not by the variable's name.
func (fs *funcState) findLiterals(body *ast.BlockStmt) {
	pkg := declaredPackage(fs.fn).Pkg.Scope()
	note := func(lhs, rhs ast.Expr, end token.Pos) {
		id, isIdent := lhs.(*ast.Ident)
		lit, isLit := unparen(rhs).(*ast.CompositeLit)
		if !isIdent || !isLit {
			return
		}
		if scope := pkg.Innermost(id.Pos()); scope != nil {
			// A variable is in scope from the end of the statement declaring it.
			if _, obj := scope.LookupParent(id.Name, end); obj != nil {
				if v, ok := obj.(*types.Var); ok {
					fs.frame.lits[lit] = v
				}
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					note(n.Lhs[i], n.Rhs[i], n.End())
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					note(n.Names[i], n.Values[i], n.End())
				}
			}
		}
		return true
	})
}

// lookupAt finds the variable declared as name at pos, inside the function body's scope.
func lookupAt(body *types.Scope, name string, pos token.Pos) (types.Object, bool) {
	for s := body.Innermost(pos); s != nil; s = s.Parent() {
		if obj := s.Lookup(name); obj != nil && obj.Pos() == pos {
			return obj, true
		}
		if s == body {
			break
		}
	}
	return nil, false
}

// declaredPackage returns the package whose source declares fn (for instances of generic
// functions, and closures inside them, the generic function's), or nil for wrappers.
func declaredPackage(fn *ssa.Function) *ssa.Package {
	for fn != nil && fn.Pkg == nil {
		if origin := fn.Origin(); origin != nil {
			fn = origin
		} else {
			fn = fn.Parent()
		}
	}
	if fn == nil {
		return nil
	}
	return fn.Pkg
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// frameFreeVars describes the captured variables, once loadFreeVars has bound them.
func (fs *funcState) frameFreeVars() {
	if fs.frame == nil {
		return
	}
	for _, fv := range fs.fn.FreeVars {
		if obj, ok := fs.frame.free[fv]; ok {
			fs.frameAddress(obj, fs.val(fv), &fs.entry)
		}
	}
}

// frameParam gives parameter p (value v, or the address of a by-reference copy when big) a
// described slot at function entry, unless ssa keeps the parameter in a variable of its own.
func (fs *funcState) frameParam(p *ssa.Parameter, v string, big bool) {
	obj := p.Object()
	if obj == nil || obj.Name() == "" || obj.Name() == "_" || fs.frame.byAddr[obj] {
		return
	}
	fs.frame.types[obj] = p.Type()
	if big {
		fs.frame.byAddr[obj] = true
		fs.frameAddress(obj, v, &fs.entry)
		return
	}
	ty := fs.c.llvmType(p.Type())
	slot := fs.alloca(ty)
	fs.frame.slots[obj] = slot
	fs.frameDeclare(obj, slot, "")
	fmt.Fprintf(&fs.entry, "  store %s %s, ptr %s, !dbg %s\n", ty, v, slot, fs.frame.entry)
}

// frameAddress describes obj as living at address addr, kept in a slot written to out.
func (fs *funcState) frameAddress(obj types.Object, addr string, out *strings.Builder) {
	slot, ok := fs.frame.slots[obj]
	if !ok {
		slot = fs.frameSlot(obj, "ptr", "DW_OP_deref")
	}
	loc := fs.loc
	if out == &fs.entry {
		loc = fs.frame.entry
	}
	fmt.Fprintf(out, "  store ptr %s, ptr %s, !dbg %s\n", addr, slot, loc)
}

// frameSlot reserves and declares obj's slot, zeroed at entry: gdb shows variables of the
// enclosing block before their declaration runs, better as zero values than as garbage
// (a garbage slice length would have gdb read megabytes).
func (fs *funcState) frameSlot(obj types.Object, ty, expr string) string {
	slot := fs.alloca(ty)
	fs.frame.slots[obj] = slot
	fs.frameDeclare(obj, slot, expr)
	fmt.Fprintf(&fs.entry, "  store %s %s, ptr %s, !dbg %s\n", ty, zeroValue(ty), slot, fs.frame.entry)
	return slot
}

// frameDeclare emits the llvm.dbg.declare of obj's slot; its location lies in obj's scope,
// which is where LLVM looks the variable's lexical block up.
func (fs *funcState) frameDeclare(obj types.Object, slot, expr string) {
	fmt.Fprintf(&fs.entry, "  call void @llvm.dbg.declare(metadata ptr %s, metadata %s, metadata !DIExpression(%s)), !dbg %s\n",
		slot, fs.varNode(obj, nil), expr, fs.c.dbg.location(obj.Pos(), fs.varScope(obj)))
}

// frameAlloc describes the variable an Alloc holds: a stack slot is declared as it is, the
// address of an escaping variable is kept in a slot of its own as it is allocated.
func (fs *funcState) frameAlloc(a *ssa.Alloc) {
	if fs.frame == nil {
		return
	}
	obj, ok := fs.frame.allocs[a]
	if !ok {
		return
	}
	if a.Heap {
		fs.frameAddress(obj, fs.vals[a], fs.body)
	} else if _, done := fs.frame.slots[obj]; !done {
		fs.frame.slots[obj] = fs.vals[a]
		fs.frameDeclare(obj, fs.vals[a], "")
	}
}

// frameRef handles a DebugRef of a local variable: a value assigned to a variable kept by
// value is stored in its slot (variables in memory are described at their Alloc).
func (fs *funcState) frameRef(r *ssa.DebugRef, obj *types.Var) {
	f := fs.frame
	if r.IsAddr || f.byAddr[obj] {
		return
	}
	slot, ok := f.slots[obj]
	if !ok {
		f.types[obj] = r.X.Type()
		slot = fs.frameSlot(obj, fs.c.llvmType(r.X.Type()), "")
	}
	if fs.c.llvmType(r.X.Type()) == fs.c.llvmType(f.types[obj]) {
		fs.storeValue(r.X, slot)
	}
}

// varScope returns the debug scope of a variable: the lexical block of its Go scope.
func (fs *funcState) varScope(obj types.Object) string {
	if fs.frame == nil {
		return fs.sp
	}
	return fs.blockScope(obj.Parent())
}

// implicitPos returns the position of an instruction without one: the closing brace for
// the return at the end of a body, where gdb's `next` then stops as it does in gc code;
// deferred calls run at their return statement's line.
func (fs *funcState) implicitPos(instr ssa.Instruction) token.Pos {
	if fs.frame == nil {
		return token.NoPos
	}
	switch instr.(type) {
	case *ssa.Return:
		return fs.frame.rbrace
	case *ssa.RunDefers:
		instrs := instr.Block().Instrs
		if ret, ok := instrs[len(instrs)-1].(*ssa.Return); ok && ret.Pos().IsValid() {
			return ret.Pos()
		}
		return fs.frame.rbrace
	}
	return token.NoPos
}

// frameBlockLoc notes the current location as block b's first one.
func (fs *funcState) frameBlockLoc(b *ssa.BasicBlock) {
	if fs.frame != nil && fs.frame.blockLocs[b] == "" {
		fs.frame.blockLocs[b] = fs.loc
	}
}

// framePhiLoc returns the location attachment of a phi: its block's first instruction's. The
// copies LLVM makes for phis at a loop's head otherwise have line 0, and the loop's line
// after them is not a statement start, so gdb's `next` would not stop at it again.
func (fs *funcState) framePhiLoc(phi *ssa.Phi) string {
	if fs.frame == nil || fs.frame.blockLocs[phi.Block()] == "" {
		return ""
	}
	return ", !dbg " + fs.frame.blockLocs[phi.Block()]
}

// frameLoopLoc gives a loop's back edge the location of the loop's head, so the jump
// starts a statement of the loop's line: gdb's `next` then stops at the `for` line on
// every iteration (a range loop's head is otherwise entered in the middle of that line).
func (fs *funcState) frameLoopLoc(instr ssa.Instruction) {
	if _, ok := instr.(*ssa.Jump); !ok || fs.frame == nil {
		return
	}
	b := instr.Block()
	if head := b.Succs[0]; head.Dominates(b) && fs.frame.blockLocs[head] != "" {
		fs.loc = fs.frame.blockLocs[head]
	}
}

// scopeAt returns the debug scope of an instruction at pos.
func (fs *funcState) scopeAt(pos token.Pos) string {
	if fs.frame == nil || fs.frame.body == nil || !pos.IsValid() {
		return fs.sp
	}
	return fs.blockScope(fs.frame.body.Innermost(pos))
}

// blockScope returns the DILexicalBlock of Go scope s (the subprogram for the function's
// own scope and for scopes outside its body, such as a closure's captured variables).
func (fs *funcState) blockScope(s *types.Scope) string {
	f := fs.frame
	if s == nil || f.body == nil || s == f.body {
		return fs.sp
	}
	if n, ok := f.blocks[s]; ok {
		return n
	}
	n := fs.sp
	for p := s.Parent(); p != nil; p = p.Parent() {
		if p == f.body {
			file, line, col := fs.c.dbg.position(s.Pos())
			n = fs.c.dbg.distinct(fmt.Sprintf("!DILexicalBlock(scope: %s, file: %s, line: %d, column: %d)",
				fs.blockScope(s.Parent()), file, line, col))
			break
		}
	}
	f.blocks[s] = n
	return n
}
