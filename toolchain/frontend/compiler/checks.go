// Runtime safety checks: nil pointer, index and slice bounds, and the go_pos constants the
// runtime prints with a panic.
package compiler

import (
	"fmt"
	"go/constant"
	"go/token"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// pos returns a pointer constant to a go_pos {file, len, line} for p.
func (fs *funcState) pos(p token.Pos) string {
	if !p.IsValid() && fs.curInstr != nil {
		p = fs.curInstr.Pos()
	}
	if !p.IsValid() {
		p = fs.lastPos
	}
	if !p.IsValid() {
		p = fs.fn.Pos()
	}
	c := fs.c
	file, line := "?", 0
	if p.IsValid() {
		position := c.fset.Position(p)
		file, line = c.relPath(position.Filename), position.Line
	}
	key := fmt.Sprintf("%s:%d", file, line)
	if g, ok := c.posConsts[key]; ok {
		return g
	}
	g := fmt.Sprintf("@.pos.%d", len(c.posConsts))
	c.posConsts[key] = g
	fmt.Fprintf(&c.globals, "%s = private unnamed_addr constant { ptr, i32, i32 } { ptr %s, i32 %d, i32 %d }\n",
		g, c.bytesGlobal(file), len(file), line)
	return g
}

// relPath shortens a file name relative to the working directory when inside it.
func (c *Compiler) relPath(name string) string {
	if c.cfg.Dir != "" {
		if rel, err := filepath.Rel(c.cfg.Dir, name); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return name
}

// knownNonNil reports whether a pointer value can never be nil.
func knownNonNil(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Alloc, *ssa.Global, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.MakeMap, *ssa.MakeChan:
		return true
	case *ssa.Function, *ssa.MakeClosure:
		return true
	case *ssa.ChangeType:
		return knownNonNil(v.X)
	}
	return false
}

// nilChecked returns the pointer operand of v after checking that it is not nil.
func (fs *funcState) nilChecked(v ssa.Value) string {
	p := fs.val(v)
	if knownNonNil(v) {
		return p
	}
	fs.nilCheckPtr(p)
	return p
}

func (fs *funcState) nilCheckPtr(p string) {
	isNil := fs.emitv("icmp eq ptr %s, null", p)
	fs.failIf(isNil, func() {
		_, ref := fs.c.useRuntime("runtime_panicNil")
		fs.emit("call void %s(ptr %s)", ref, fs.pos(token.NoPos))
	})
}

// failIf branches to a cold block running fail (which must not return) when cond holds.
func (fs *funcState) failIf(cond string, fail func()) {
	bad := fs.newLabel("fail")
	ok := fs.newLabel("ok")
	fs.emit("br i1 %s, label %%%s, label %%%s, !prof %s", cond, bad, ok, fs.c.dbg.node(`!{!"branch_weights", i32 1, i32 2000}`))
	fs.startBlock(bad)
	fail()
	fs.emit("unreachable")
	fs.startBlock(ok)
}

// boundsCheck panics unless 0 <= idx < length (both i32 operands).
func (fs *funcState) boundsCheck(idx, length string, v ssa.Value) {
	if c, ok := v.(*ssa.Const); ok {
		var n int64
		if _, err := fmt.Sscan(length, &n); err == nil {
			if x, ok := constInt(c); ok && x >= 0 && x < n {
				return
			}
		}
	}
	bad := fs.emitv("icmp uge i32 %s, %s", idx, length)
	fs.failIf(bad, func() {
		_, ref := fs.c.useRuntime("runtime_panicIndex")
		fs.emit("call void %s(i32 %s, i32 %s, ptr %s)", ref, idx, length, fs.pos(token.NoPos))
	})
}

// gc's bounds error kinds (runtime_panicBounds codes, abi.h RUNTIME_BOUNDS_*).
const (
	boundsSliceAlen  = 1 // s[:x] with length y (strings, arrays)
	boundsSliceAcap  = 2 // s[:x] with capacity y (slices)
	boundsSliceB     = 3 // s[x:y]
	boundsSlice3Alen = 4 // s[::x] with length y
	boundsSlice3Acap = 5 // s[::x] with capacity y
	boundsSlice3B    = 6 // s[:x:y]
	boundsSlice3C    = 7 // s[x:y:]
)

// sliceCheck panics unless 0 <= low <= high <= max (i32 operands), with gc's message:
// highKind when high > max (checked first, as gc does), lowKind when low > high.
func (fs *funcState) sliceCheck(low, high, max string, highKind, lowKind int) {
	b1 := fs.emitv("icmp ugt i32 %s, %s", high, max)
	b2 := fs.emitv("icmp ugt i32 %s, %s", low, high)
	bad := fs.emitv("or i1 %s, %s", b1, b2)
	fs.failIf(bad, func() {
		_, panicBounds := fs.c.useRuntime("runtime_panicBounds")
		code := fs.emitv("select i1 %s, i32 %d, i32 %d", b1, highKind, lowKind)
		v := fs.emitv("select i1 %s, i32 %s, i32 %s", b1, high, low)
		l := fs.emitv("select i1 %s, i32 %s, i32 %s", b1, max, high)
		fs.emit("call void %s(i32 %s, i32 %s, i32 %s, ptr %s)", panicBounds, code, v, l, fs.pos(token.NoPos))
	})
}

func constInt(c *ssa.Const) (int64, bool) {
	if c.Value == nil {
		return 0, true
	}
	return int64Val(c)
}

// panicRuntimeError (used inside failIf) raises a runtime.Error with the given message (without the
// "runtime error: " prefix), through the overlay's runtime.makeRuntimeError.
func (fs *funcState) panicRuntimeError(msg string) {
	fs.panicRuntimeErrorText("runtime error: " + msg)
}

// panicRuntimeErrorText (used inside failIf) raises the runtime.Error with the complete text
// given: one without gc's "runtime error: " prefix is a runtime.plainError.
func (fs *funcState) panicRuntimeErrorText(text string) {
	c := fs.c
	c.needPanicRuntimeError()
	fs.emit("call void @.panicRuntimeError(ptr %s, i32 %d, ptr %s)", c.bytesGlobal(text), len(text), fs.pos(token.NoPos))
}

// wrapNilChecked is SSA's check in the wrapper that calls a value method through a pointer
// (ssa:wrapnilchk with the type's and the method's names): a nil pointer panics with gc's
// panicwrap text, "value method main.T.M called using nil *T pointer".
func (fs *funcState) wrapNilChecked(args []ssa.Value) string {
	typ, okT := args[1].(*ssa.Const)
	meth, okM := args[2].(*ssa.Const)
	if !okT || !okM || typ.Value == nil || meth.Value == nil {
		return fs.nilChecked(args[0])
	}
	p := fs.val(args[0])
	if knownNonNil(args[0]) {
		return p
	}
	full := constant.StringVal(typ.Value)
	short := full
	if i := strings.LastIndex(strings.SplitN(full, "[", 2)[0], "."); i >= 0 {
		short = full[i+1:]
	}
	text := "value method " + full + "." + constant.StringVal(meth.Value) + " called using nil *" + short + " pointer"
	isNil := fs.emitv("icmp eq ptr %s, null", p)
	fs.failIf(isNil, func() { fs.panicRuntimeErrorText(text) })
	return p
}

func (c *Compiler) needPanicRuntimeError() {
	if c.usedNames["helper:panicRuntimeError"] {
		return
	}
	c.usedNames["helper:panicRuntimeError"] = true
	mk := "@\"runtime.makeRuntimeError\""
	found := false
	for _, p := range c.prog.AllPackages() {
		if p.Pkg.Path() == "runtime" {
			if f := p.Func("makeRuntimeError"); f != nil && f.Blocks != nil {
				mk = c.funcRef(f)
				found = true
			}
		}
	}
	if !found {
		// The C runtime has a weak fallback under the same symbol.
		c.decls["runtime.makeRuntimeError"] = "declare void @\"runtime.makeRuntimeError\"(ptr, i32, ptr, ptr)"
	}
	_, panicRef := c.useRuntime("runtime_panic")
	fmt.Fprintf(&c.helpers, `define internal void @.panicRuntimeError(ptr %%msg, i32 %%len, ptr %%pos) noreturn noinline {
entry:
  %%e = alloca { ptr, ptr }
  store { ptr, ptr } zeroinitializer, ptr %%e
  call void %s(ptr %%msg, i32 %%len, ptr %%e, ptr null)
  %%v = load { ptr, ptr }, ptr %%e
  %%t = extractvalue { ptr, ptr } %%v, 0
  %%d = extractvalue { ptr, ptr } %%v, 1
  call void %s(ptr %%t, ptr %%d, ptr %%pos)
  unreachable
}

`, mk, panicRef)
}

// panicSliceConvert raises gc's "cannot convert slice with length N to pointer to array
// with length M" runtime error.
func (fs *funcState) panicSliceConvert(slen string, alen int64) {
	c := fs.c
	c.needPanicRuntimeError()
	if !c.usedNames["helper:panicSliceConvert"] {
		c.usedNames["helper:panicSliceConvert"] = true
		p1 := "runtime error: cannot convert slice with length "
		p2 := " to pointer to array with length "
		_, alloc := c.useRuntime("runtime_alloc")
		fmt.Fprintf(&c.helpers, `define internal i32 @.utoa(ptr %%out, i32 %%v) {
entry:
  %%tmp = alloca [12 x i8]
  br label %%loop
loop:
  %%x = phi i32 [ %%v, %%entry ], [ %%q, %%loop ]
  %%n = phi i32 [ 0, %%entry ], [ %%n1, %%loop ]
  %%q = udiv i32 %%x, 10
  %%r = urem i32 %%x, 10
  %%d = trunc i32 %%r to i8
  %%ch = add i8 %%d, 48
  %%tp = getelementptr [12 x i8], ptr %%tmp, i32 0, i32 %%n
  store i8 %%ch, ptr %%tp
  %%n1 = add i32 %%n, 1
  %%more = icmp ne i32 %%q, 0
  br i1 %%more, label %%loop, label %%copy
copy:
  br label %%cl
cl:
  %%i = phi i32 [ 0, %%copy ], [ %%i1, %%cl ]
  %%src = sub i32 %%n1, 1
  %%si = sub i32 %%src, %%i
  %%sp = getelementptr [12 x i8], ptr %%tmp, i32 0, i32 %%si
  %%b = load i8, ptr %%sp
  %%dp = getelementptr i8, ptr %%out, i32 %%i
  store i8 %%b, ptr %%dp
  %%i1 = add i32 %%i, 1
  %%done = icmp eq i32 %%i1, %%n1
  br i1 %%done, label %%fin, label %%cl
fin:
  ret i32 %%n1
}

define internal void @.panicSliceConvert(i32 %%slen, i32 %%alen, ptr %%pos) noreturn noinline {
entry:
  %%buf = call ptr %s(i32 128, ptr null)
  call void @llvm.memcpy.p0.p0.i32(ptr %%buf, ptr %s, i32 %d, i1 false)
  %%p1 = getelementptr i8, ptr %%buf, i32 %d
  %%n1 = call i32 @.utoa(ptr %%p1, i32 %%slen)
  %%o2 = add i32 %%n1, %d
  %%p2 = getelementptr i8, ptr %%buf, i32 %%o2
  call void @llvm.memcpy.p0.p0.i32(ptr %%p2, ptr %s, i32 %d, i1 false)
  %%o3 = add i32 %%o2, %d
  %%p3 = getelementptr i8, ptr %%buf, i32 %%o3
  %%n3 = call i32 @.utoa(ptr %%p3, i32 %%alen)
  %%len = add i32 %%o3, %%n3
  call void @.panicRuntimeError(ptr %%buf, i32 %%len, ptr %%pos)
  unreachable
}

`, alloc, c.bytesGlobal(p1), len(p1), len(p1), len(p1), c.bytesGlobal(p2), len(p2), len(p2))
	}
	fs.emit("call void @.panicSliceConvert(i32 %s, i32 %d, ptr %s)", slen, alen, fs.pos(token.NoPos))
}
