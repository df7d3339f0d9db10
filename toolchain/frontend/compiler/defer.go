// Defer, panic and recover. A function with defer statements keeps a go_defer_frame (abi.h)
// on the goroutine's frame list; runtime_setjmp returns 1 when a panic unwinds to it. Each
// deferred call is a node { next, thunk, packed call } pushed onto the frame's list; the
// thunk is `void (ptr node, i1 bypanic)`.
package compiler

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

const deferFrameTy = "{ ptr, ptr, i32, [26 x i32], ptr, ptr, ptr, ptr, i32 }" // abi.h go_defer_frame

// setupDefer creates the frame in the entry block and the branch taken after a panic.
func (fs *funcState) setupDefer() {
	c := fs.c
	fs.tmp++
	f := fmt.Sprintf("%%.deferframe%d", fs.tmp)
	fs.deferBuf = f
	fmt.Fprintf(&fs.entry, "  %s = alloca %s\n", f, deferFrameTy)
	fmt.Fprintf(&fs.entry, "  store %s zeroinitializer, ptr %s\n", deferFrameTy, f)
	_, push := c.useRuntime("runtime_pushDeferFrame")
	_, setjmp := c.useRuntime("runtime_setjmp")
	e := &fs.entrySetjmp
	fmt.Fprintf(e, "  call void %s(ptr %s), !dbg %s\n", push, f, fs.loc)
	fmt.Fprintf(e, "  %%.jb = getelementptr inbounds %s, ptr %s, i32 0, i32 3\n", deferFrameTy, f)
	fmt.Fprintf(e, "  %%.sj = call i32 %s(ptr %%.jb) returns_twice, !dbg %s\n", setjmp, fs.loc)
	fmt.Fprintf(e, "  %%.panicking = icmp ne i32 %%.sj, 0\n")
	fs.entryTerm = "br i1 %.panicking, label %panic.landing, label %b0"

	// The landing block: run the deferred calls, then either continue panicking or, when a
	// deferred call recovered, return normally through the Recover block.
	var b = &fs.landing
	fmt.Fprintf(b, "panic.landing:\n  call void @.runDefers(ptr %s), !dbg %s\n", f, fs.loc)
	fmt.Fprintf(b, "  %%.pp = getelementptr inbounds %s, ptr %s, i32 0, i32 2\n  %%.still = load i32, ptr %%.pp\n", deferFrameTy, f)
	fmt.Fprintf(b, "  %%.cont = icmp ne i32 %%.still, 0\n  br i1 %%.cont, label %%panic.continue, label %%panic.recovered\n")
	_, cont := c.useRuntime("runtime_panicContinue")
	fmt.Fprintf(b, "panic.continue:\n  call void %s(), !dbg %s\n  unreachable\n", cont, fs.loc)
	fmt.Fprintf(b, "panic.recovered:\n")
	if fs.fn.Recover != nil {
		fmt.Fprintf(b, "  br label %%b%d\n", fs.fn.Recover.Index)
	} else {
		_, pop := c.useRuntime("runtime_popDeferFrame")
		fmt.Fprintf(b, "  call void %s(ptr %s), !dbg %s\n", pop, f, fs.loc)
		ret := c.tupleType(fs.fn.Signature.Results())
		if ret == "void" {
			b.WriteString("  ret void\n")
		} else {
			fmt.Fprintf(b, "  ret %s %s\n", ret, zeroValue(ret))
		}
	}
	c.needRunDefers()
}

// needRunDefers emits the helper that pops and runs every deferred call of a frame. It
// passes each thunk whether the frame runs its deferred calls for a panic or Goexit (read
// before every call: a deferred call may recover, and the rest then run as on a return).
func (c *Compiler) needRunDefers() {
	if c.usedNames["helper:runDefers"] {
		return
	}
	c.usedNames["helper:runDefers"] = true
	fmt.Fprintf(&c.helpers, `define internal void @.runDefers(ptr %%frame) {
entry:
  %%lp = getelementptr inbounds %s, ptr %%frame, i32 0, i32 1
  br label %%loop
loop:
  %%n = load ptr, ptr %%lp
  %%done = icmp eq ptr %%n, null
  br i1 %%done, label %%out, label %%run
run:
  %%next = load ptr, ptr %%n
  store ptr %%next, ptr %%lp
  %%tp = getelementptr inbounds { ptr, ptr }, ptr %%n, i32 0, i32 1
  %%thunk = load ptr, ptr %%tp
  %%pp = getelementptr inbounds %s, ptr %%frame, i32 0, i32 2
  %%state = load i32, ptr %%pp
  %%bypanic = icmp ne i32 %%state, 0
  call void %%thunk(ptr %%n, i1 %%bypanic)
  br label %%loop
out:
  ret void
}

`, deferFrameTy, deferFrameTy)
}

// deferInstr pushes a deferred call onto the frame's list.
func (fs *funcState) deferInstr(d *ssa.Defer) {
	layout, values, thunk := fs.packCall(&d.Call, []string{"ptr", "ptr"}, "defer")
	size := fs.layoutSize(layout)
	var node string
	if inLoop(d.Block()) {
		node = fs.heapAllocBytes(size, "defer in a loop")
	} else {
		node = fs.alloca(layout)
	}
	fs.storeFields(layout, node, values)
	lp := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 1", deferFrameTy, fs.deferBuf)
	old := fs.emitv("load ptr, ptr %s", lp)
	fs.emit("store ptr %s, ptr %s", old, node)
	tp := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 1", layout, node)
	fs.emit("store ptr %s, ptr %s", thunk, tp)
	fs.emit("store ptr %s, ptr %s", node, lp)
}

func (fs *funcState) runDefers() {
	fs.emit("call void @.runDefers(ptr %s)", fs.deferBuf)
}

// deferCalleeVar is the global through which a defer thunk names the function it calls.
func (c *Compiler) deferCalleeVar() string {
	if !c.usedNames["helper:deferCallee"] {
		c.usedNames["helper:deferCallee"] = true
		c.globals.WriteString("@.deferCallee = internal global ptr null\n")
	}
	return "@.deferCallee"
}

// setupRecover, for functions calling recover(), checks at entry whether a defer thunk
// called this function directly (only then may recover() stop a panic).
func (fs *funcState) setupRecover(self string) {
	g := fs.c.deferCalleeVar()
	fmt.Fprintf(&fs.entry, "  %%.tok = load ptr, ptr %s\n  %%.canrecover = icmp eq ptr %%.tok, %s\n  store ptr null, ptr %s\n", g, self, g)
	fs.canRecover = "%.canrecover"
}

// Wrappers are transparent to recover(), as in gc: a method deferred through a method
// value (`$bound`), a method expression (`$thunk`), a promotion or pointer-receiver wrapper,
// or an interface call, recovers as if deferred directly. Ordinary calls must not pay for
// this, so it is done only where a recover() can be reached:
//   - a wrapper whose target may recover (mayRecover) is a forwarder: at entry it reads
//     whether @.deferCallee names it (and clears it, like a function calling recover()), and
//     right before calling its target it names the target there when it was named itself;
//   - a deferred interface call of a method some implementation of which may recover, and a
//     forwarder whose target is an interface method, call the method's marked dispatch
//     function (interfaces.go), which forwards the same way to the implementation it picks.
//     Ordinary interface calls keep the plain dispatch function and cost nothing more.
// Whether an interface method may recover is decided by name over every declared method.

// isWrapper reports whether fn is a function SSA synthesises around one call of a method.
func isWrapper(fn *ssa.Function) bool {
	for _, p := range []string{"wrapper ", "bound ", "thunk ", "instantiation wrapper "} {
		if strings.HasPrefix(fn.Synthetic, p) {
			return true
		}
	}
	return false
}

// wrappedCall returns the call a wrapper makes (its only call of something other than a
// built-in such as ssa:wrapnilchk).
func wrappedCall(fn *ssa.Function) *ssa.CallCommon {
	for _, b := range fn.Blocks {
		for _, i := range b.Instrs {
			if call, ok := i.(*ssa.Call); ok && !isBuiltin(call.Call.Value) {
				return &call.Call
			}
		}
	}
	return nil
}

// mayRecover reports whether a recover() in fn, or in what fn forwards to, can stop a
// panic when a deferred call names fn.
func (c *Compiler) mayRecover(fn *ssa.Function) bool {
	return callsRecover(fn) || c.forwardsRecover(fn)
}

// forwardsRecover reports whether fn is a wrapper whose target may recover. (SSA's
// wrappers call a declared method or an interface method, never another wrapper.)
func (c *Compiler) forwardsRecover(fn *ssa.Function) bool {
	if !isWrapper(fn) {
		return false
	}
	cc := wrappedCall(fn)
	if cc == nil {
		return false
	}
	if cc.IsInvoke() {
		return c.methodMayRecover(cc.Method)
	}
	target, ok := cc.Value.(*ssa.Function)
	return ok && target != fn && c.mayRecover(target)
}

// methodMayRecover reports whether some declared method with m's name calls recover()
// in its own body (every wrapper keeps the name of the method it ends up calling).
func (c *Compiler) methodMayRecover(m *types.Func) bool {
	// The names found are kept in usedNames as "recoverMethod:NAME".
	if !c.usedNames["helper:recoverMethods"] {
		c.usedNames["helper:recoverMethods"] = true
		for _, p := range c.prog.AllPackages() {
			for _, mem := range p.Members {
				t, ok := mem.(*ssa.Type)
				if !ok {
					continue
				}
				named, ok := t.Type().(*types.Named)
				if !ok {
					continue
				}
				for i := 0; i < named.NumMethods(); i++ {
					obj := named.Method(i)
					if fn := c.prog.FuncValue(obj); fn != nil && syntaxCallsRecover(fn.Syntax()) {
						c.usedNames["recoverMethod:"+obj.Name()] = true
					}
				}
			}
		}
	}
	return c.usedNames["recoverMethod:"+m.Name()]
}

// syntaxCallsRecover reports whether a function declaration calls recover() (or defers
// it) outside its function literals.
func syntaxCallsRecover(n ast.Node) bool {
	decl, ok := n.(*ast.FuncDecl)
	if !ok || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fun := n.Fun
			for p, ok := fun.(*ast.ParenExpr); ok; p, ok = fun.(*ast.ParenExpr) {
				fun = p.X
			}
			if id, ok := fun.(*ast.Ident); ok && id.Name == "recover" {
				found = true
			}
		}
		return !found
	})
	return found
}

// setupForward, for forwarders, reads at entry whether a defer thunk (or a forwarder)
// named this function, and clears the name so that a panic before the target's call
// leaves nothing behind.
func (fs *funcState) setupForward(self string) {
	g := fs.c.deferCalleeVar()
	fmt.Fprintf(&fs.entry, "  %%.fwdtok = load ptr, ptr %s\n  %%.forward = icmp eq ptr %%.fwdtok, %s\n  store ptr null, ptr %s\n", g, self, g)
	fs.forward = "%.forward"
}

// forwardCall, in a forwarder, names the target of call cc right before the call when the
// forwarder was named itself; an interface method's target is its marked dispatch. It
// returns the callee to call.
func (fs *funcState) forwardCall(cc *ssa.CallCommon, callee string) string {
	if cc.IsInvoke() {
		callee = fs.c.markedInvokeRef(cc)
	}
	t := fs.emitv("select i1 %s, ptr %s, ptr null", fs.forward, callee)
	fs.emit("store ptr %s, ptr %s", t, fs.c.deferCalleeVar())
	return callee
}

// callsRecover reports whether fn calls recover() or defers it (`defer recover()`).
func callsRecover(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, i := range b.Instrs {
			var cc *ssa.CallCommon
			switch i := i.(type) {
			case *ssa.Call:
				cc = &i.Call
			case *ssa.Defer:
				cc = &i.Call
			default:
				continue
			}
			if bi, ok := cc.Value.(*ssa.Builtin); ok && bi.Name() == "recover" {
				return true
			}
		}
	}
	return false
}

// deferredRecoverThunk writes the body of the thunk of a `defer recover()` in the function
// being compiled, F; the block holds F's defer frame and F's canRecover at field base and
// base+1. Go's rule is that recover() stops a panic only when called directly by a deferred
// function run for that panic, and a deferred recover() is called by whatever runs F's
// deferred calls (test/recover1.go, tests 5 to 7):
//   - run for a panic (or Goexit) unwinding F's own frame, the panic calls it, not F: it
//     does nothing;
//   - run when F returns (normally, or after a deferred call recovered F's own panic), it is
//     called from F, so it acts as a recover() in F's body: when F itself is a deferred call
//     run for a panic, it recovers that panic, which the frame below F's holds (F pushed its
//     frame while that frame was running its deferred calls).
func (fs *funcState) deferredRecoverThunk(b *strings.Builder, layout string, base int) {
	_, ref := fs.c.useRuntime("runtime_recoverFrame")
	b.WriteString("  %t = alloca ptr\n  %d = alloca ptr\n")
	fmt.Fprintf(b, "  %%fp = getelementptr inbounds %s, ptr %%block, i32 0, i32 %d\n  %%frame = load ptr, ptr %%fp\n", layout, base)
	fmt.Fprintf(b, "  %%cp = getelementptr inbounds %s, ptr %%block, i32 0, i32 %d\n  %%can = load i1, ptr %%cp\n", layout, base+1)
	b.WriteString("  %byreturn = xor i1 %bypanic, true\n  %ok = and i1 %can, %byreturn\n  br i1 %ok, label %recover, label %done\n")
	fmt.Fprintf(b, "recover:\n  %%prevp = getelementptr inbounds %s, ptr %%frame, i32 0, i32 0\n  %%prev = load ptr, ptr %%prevp\n", deferFrameTy)
	fmt.Fprintf(b, "  call void %s(ptr %%prev, ptr %%t, ptr %%d)\n  br label %%done\n", ref)
	b.WriteString("done:\n  ret void\n}\n\n")
}

// recoverCall implements recover(): the runtime returns the panic value, if any.
func (fs *funcState) recoverCall() string {
	if fs.canRecover != "" {
		yes, no, done := fs.newLabel("recover.yes"), fs.newLabel("recover.no"), fs.newLabel("recover.done")
		fs.emit("br i1 %s, label %%%s, label %%%s", fs.canRecover, yes, no)
		fs.startBlock(yes)
		v := fs.recoverRuntime()
		from := fs.currentLabel()
		fs.emit("br label %%%s", done)
		fs.startBlock(no)
		fs.emit("br label %%%s", done)
		fs.startBlock(done)
		return fs.emitv("phi %s [ %s, %%%s ], [ zeroinitializer, %%%s ]", tIface, v, from, no)
	}
	return fs.recoverRuntime()
}

func (fs *funcState) recoverRuntime() string {
	t, d := fs.temp("ptr"), fs.temp("ptr")
	fs.emit("store ptr null, ptr %s", t)
	fs.emit("store ptr null, ptr %s", d)
	_, ref := fs.c.useRuntime("runtime_recover")
	fs.emit("call void %s(ptr %s, ptr %s)", ref, t, d)
	tv := fs.emitv("load ptr, ptr %s", t)
	dv := fs.emitv("load ptr, ptr %s", d)
	return fs.makeIface(tv, dv)
}

// inLoop reports whether block b can reach itself.
func inLoop(b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := append([]*ssa.BasicBlock{}, b.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == b {
			return true
		}
		if seen[x] {
			continue
		}
		seen[x] = true
		stack = append(stack, x.Succs...)
	}
	return false
}
