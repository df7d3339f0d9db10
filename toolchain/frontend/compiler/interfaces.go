// Interfaces: boxing values into interfaces, type assertions, and method calls through
// interfaces. The whole program is known, so a call of method M through an interface is a
// generated dispatch function comparing the type code against every concrete type that was
// converted to an interface and has M.
package compiler

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

type invokeInfo struct {
	name string // IR function name (quoted, with @)
	// markedName names the marked dispatch function (markedInvokeRef).
	markedName string
	method     *types.Func
	done       map[string]bool // concrete types already resolved
	impls      []invokeImpl
	// marked: the method's marked dispatch function is used too (markedInvokeRef).
	marked bool
}

type invokeImpl struct {
	typ   types.Type
	fn    string
	ssaFn *ssa.Function
}

type assertInfo struct {
	name  string
	iface *types.Interface
}

// noteIfaceType records that values of concrete type t can be stored in interfaces.
func (c *Compiler) noteIfaceType(t types.Type) {
	if c.ifaceTypes.At(t) == nil {
		c.ifaceTypes.Set(t, len(c.ifaceList))
		c.ifaceList = append(c.ifaceList, t)
	}
}

func (fs *funcState) makeInterface(m *ssa.MakeInterface) {
	fs.vals[m] = fs.box(m.X, m.X.Type())
}

// box converts the value v of concrete type t to an interface operand.
func (fs *funcState) box(v ssa.Value, t types.Type) string {
	c := fs.c
	c.noteIfaceType(t)
	desc := c.typeDesc(t)
	ty := c.llvmType(t)
	var data string
	switch {
	case isPointerShaped(t):
		data = fs.val(v)
	case c.sizeof(t) == 0:
		data = "null"
	default:
		if k, ok := v.(*ssa.Const); ok {
			data = c.constGlobal(ty, c.constValue(k.Value, k.Type()))
			break
		}
		if f, ok := v.(*ssa.Function); ok {
			data = c.constGlobal(ty, fs.val(f))
			break
		}
		data = fs.heapAlloc(t, "conversion of "+typeName(t)+" to interface", nil)
		fs.storeValue(v, data)
	}
	return fs.makeIface(desc, data)
}

// makeIface builds an interface operand from a type code and a data word.
func (fs *funcState) makeIface(desc, data string) string {
	if !strings.HasPrefix(data, "%") && !strings.HasPrefix(desc, "%") {
		return fmt.Sprintf("{ ptr %s, ptr %s }", desc, data)
	}
	a := fs.emitv("insertvalue %s undef, ptr %s, 0", tIface, desc)
	return fs.emitv("insertvalue %s %s, ptr %s, 1", tIface, a, data)
}

// constGlobal returns a private constant global holding an LLVM constant.
func (c *Compiler) constGlobal(ty, value string) string {
	c.tmpGlobal++
	g := fmt.Sprintf("@.const.%d", c.tmpGlobal)
	fmt.Fprintf(&c.globals, "%s = private unnamed_addr constant %s %s, align 8\n", g, ty, value)
	return g
}

// unbox extracts a value of concrete type t from an interface's data word.
func (fs *funcState) unbox(data string, t types.Type) string {
	if isPointerShaped(t) {
		return data
	}
	ty := fs.c.llvmType(t)
	if fs.c.sizeof(t) == 0 {
		return "zeroinitializer"
	}
	return fs.emitv("load %s, ptr %s", ty, data)
}

func (fs *funcState) typeAssert(a *ssa.TypeAssert) {
	c := fs.c
	x := fs.val(a.X)
	tc := fs.emitv("extractvalue %s %s, 0", tIface, x)
	if !a.CommaOk && a.Pos() == token.NoPos && types.Identical(a.X.Type(), a.AssertedType) {
		// SSA's nil check of a method value's interface receiver (x.M, x.(I) with x of
		// type I and no position in the source): gc dereferences nil there.
		isNil := fs.emitv("icmp eq ptr %s, null", tc)
		fs.failIf(isNil, func() {
			_, ref := c.useRuntime("runtime_panicNil")
			fs.emit("call void %s(ptr %s)", ref, fs.pos(token.NoPos))
		})
		fs.vals[a] = x
		return
	}
	data := fs.emitv("extractvalue %s %s, 1", tIface, x)
	var ok string
	if it, isIface := a.AssertedType.Underlying().(*types.Interface); isIface {
		ok = fs.emitv("call i1 %s(ptr %s, ptr null)", c.assertRef(it), tc)
	} else {
		c.noteIfaceType(a.AssertedType)
		ok = fs.emitv("icmp eq ptr %s, %s", tc, c.typeDesc(a.AssertedType))
	}
	resTy := c.llvmType(a.AssertedType)
	if !a.CommaOk {
		bad := fs.emitv("xor i1 %s, true", ok)
		fs.failIf(bad, func() {
			if it, isIface := a.AssertedType.Underlying().(*types.Interface); isIface {
				// gc names the missing method: the front end knows every concrete type.
				fs.emit("call void @.panicMissingMethod(ptr %s, ptr %s, ptr %s, ptr %s)",
					tc, c.typeDesc(a.AssertedType), c.missingRef(it), fs.pos(token.NoPos))
				c.needPanicMissingMethod()
				return
			}
			_, ref := c.useRuntime("runtime_panicTypeAssert")
			fs.emit("call void %s(ptr %s, ptr %s, ptr %s, ptr %s)", ref, tc, c.typeDesc(a.AssertedType), c.typeDesc(a.X.Type()), fs.pos(token.NoPos))
		})
		if isInterface(a.AssertedType) {
			fs.vals[a] = x
		} else {
			fs.vals[a] = fs.unbox(data, a.AssertedType)
		}
		return
	}
	var val string
	if isInterface(a.AssertedType) {
		val = fs.emitv("select i1 %s, %s %s, %s zeroinitializer", ok, tIface, x, tIface)
	} else {
		okL, doneL := fs.newLabel("assert.ok"), fs.newLabel("assert.done")
		from := fs.currentLabel()
		fs.emit("br i1 %s, label %%%s, label %%%s", ok, okL, doneL)
		fs.startBlock(okL)
		v := fs.unbox(data, a.AssertedType)
		fs.emit("br label %%%s", doneL)
		fs.startBlock(doneL)
		val = fs.emitv("phi %s [ %s, %%%s ], [ %s, %%%s ]", resTy, zeroValue(resTy), from, v, okL)
	}
	tup := "{ " + resTy + ", i1 }"
	t1 := fs.emitv("insertvalue %s undef, %s %s, 0", tup, resTy, val)
	fs.emitNamed(a, "insertvalue %s %s, i1 %s, 1", tup, t1, ok)
}

// currentLabel returns the LLVM block currently being written.
func (fs *funcState) currentLabel() string {
	return fs.blockExit[fs.curInstr.Block()]
}

// ifaceEqual compares two interface operands; returns an i1.
func (fs *funcState) ifaceEqual(x, y string) string {
	ta := fs.emitv("extractvalue %s %s, 0", tIface, x)
	da := fs.emitv("extractvalue %s %s, 1", tIface, x)
	tb := fs.emitv("extractvalue %s %s, 0", tIface, y)
	db := fs.emitv("extractvalue %s %s, 1", tIface, y)
	_, ref := fs.c.useRuntime("runtime_ifaceEqual")
	r := fs.emitv("call i32 %s(ptr %s, ptr %s, ptr %s, ptr %s)", ref, ta, da, tb, db)
	return fs.emitv("icmp ne i32 %s, 0", r)
}

// methodKey identifies an interface method by name (package-qualified if unexported) and
// signature.
func methodKey(m *types.Func) string {
	sig := m.Type().(*types.Signature)
	plain := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
	return types.Id(m.Pkg(), m.Name()) + types.TypeString(plain, nil)
}

// invokeRef returns the dispatch function for an interface method call.
func (c *Compiler) invokeRef(cc *ssa.CallCommon) string {
	key := methodKey(cc.Method)
	info := c.invokes[key]
	if info == nil {
		info = &invokeInfo{name: "@" + quoteName("invoke:"+key), markedName: "@" + quoteName("invoke.marked:"+key),
			method: cc.Method, done: map[string]bool{}}
		c.invokes[key] = info
		c.invokeOrder = append(c.invokeOrder, key)
	}
	return info.name
}

// markedInvokeRef returns the marked dispatch function of an interface method, which only
// deferred calls and forwarders call (recover() through wrappers, defer.go): it is the
// dispatch function, and when @.deferCallee names it at entry it names there the
// implementation it calls.
func (c *Compiler) markedInvokeRef(cc *ssa.CallCommon) string {
	c.invokeRef(cc)
	info := c.invokes[methodKey(cc.Method)]
	info.marked = true
	return info.markedName
}

// invokeArgs returns the dispatch arguments: type code, data word, arguments, context.
func (fs *funcState) invokeArgs(cc *ssa.CallCommon) []string {
	x := fs.val(cc.Value)
	tc := fs.emitv("extractvalue %s %s, 0", tIface, x)
	data := fs.emitv("extractvalue %s %s, 1", tIface, x)
	args := []string{"ptr " + tc, "ptr " + data}
	for _, a := range cc.Args {
		args = append(args, fs.argOperand(a))
	}
	return append(args, "ptr null")
}

// resolveInvokes finds the implementations of every invoked method among the types
// converted to interfaces; reports whether new functions were queued.
func (c *Compiler) resolveInvokes() bool {
	queued := len(c.queue)
	for _, key := range c.invokeOrder {
		info := c.invokes[key]
		for _, t := range c.ifaceList {
			tk := types.TypeString(t, nil) + fmt.Sprint(c.ifaceTypes.At(t))
			if info.done[tk] {
				continue
			}
			info.done[tk] = true
			sel := c.prog.MethodSets.MethodSet(t).Lookup(info.method.Pkg(), info.method.Name())
			if sel == nil || !types.Identical(sel.Type().(*types.Signature).Params(), info.method.Type().(*types.Signature).Params()) ||
				!types.Identical(sel.Type().(*types.Signature).Results(), info.method.Type().(*types.Signature).Results()) {
				continue
			}
			fn := c.prog.MethodValue(sel)
			if fn == nil {
				continue
			}
			info.impls = append(info.impls, invokeImpl{typ: t, fn: c.funcRef(fn), ssaFn: fn})
		}
	}
	return len(c.queue) > queued
}

// emitInvokes writes the dispatch functions.
func (c *Compiler) emitInvokes() {
	for _, key := range c.invokeOrder {
		info := c.invokes[key]
		c.emitInvoke(info, false)
		if info.marked {
			c.emitInvoke(info, true)
		}
	}
}

// emitInvoke writes the dispatch function of an interface method, or its marked variant.
func (c *Compiler) emitInvoke(info *invokeInfo, marked bool) {
	sig := info.method.Type().(*types.Signature)
	ret, params := c.signatureParts(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()))
	var b strings.Builder
	var plist, args []string
	for i, p := range params {
		plist = append(plist, fmt.Sprintf("%s %%a%d", p, i))
		args = append(args, fmt.Sprintf("%s %%a%d", p, i))
	}
	name := info.name
	if marked {
		name = info.markedName
	}
	fmt.Fprintf(&b, "define internal %s %s(%s) {\nentry:\n", ret, name, strings.Join(append([]string{"ptr %tc", "ptr %data"}, append(plist, "ptr %ctx")...), ", "))
	if marked {
		// Only defer thunks and forwarders call it, right after setting @.deferCallee to it
		// or to null; an implementation that cannot recover is not told.
		fmt.Fprintf(&b, "  %%tok = load ptr, ptr %s\n  %%fwd = icmp eq ptr %%tok, %s\n", c.deferCalleeVar(), name)
	}
	for i, impl := range info.impls {
		fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%tc, %s\n  br i1 %%is%d, label %%call%d, label %%next%d\ncall%d:\n", i, c.typeDesc(impl.typ), i, i, i, i)
		recv := "%data"
		rty := c.llvmType(impl.typ)
		if c.isBig(impl.typ) {
			rty = "ptr" // by reference: the boxed value never changes
		} else if !isPointerShaped(impl.typ) {
			if c.sizeof(impl.typ) == 0 {
				recv = "zeroinitializer"
			} else {
				fmt.Fprintf(&b, "  %%recv%d = load %s, ptr %%data\n", i, rty)
				recv = fmt.Sprintf("%%recv%d", i)
			}
		}
		cargs := append([]string{rty + " " + recv}, append(args, "ptr null")...)
		if marked && c.mayRecover(impl.ssaFn) {
			fmt.Fprintf(&b, "  %%callee%d = select i1 %%fwd, ptr %s, ptr null\n  store ptr %%callee%d, ptr %s\n", i, impl.fn, i, c.deferCalleeVar())
		}
		if ret == "void" {
			fmt.Fprintf(&b, "  call void %s(%s)\n  ret void\n", impl.fn, strings.Join(cargs, ", "))
		} else {
			fmt.Fprintf(&b, "  %%r%d = call %s %s(%s)\n  ret %s %%r%d\n", i, ret, impl.fn, strings.Join(cargs, ", "), ret, i)
		}
		fmt.Fprintf(&b, "next%d:\n", i)
	}
	_, ref := c.useRuntime("runtime_panicNil")
	fmt.Fprintf(&b, "  call void %s(ptr null)\n  unreachable\n}\n\n", ref)
	c.helpers.WriteString(b.String())
}

// assertRef returns the function `i1 implements(ptr typecode, ptr ctx)` for an interface
// type.
func (c *Compiler) assertRef(it *types.Interface) string {
	key := types.TypeString(it, nil)
	info := c.asserts[key]
	if info == nil {
		info = &assertInfo{name: "@" + quoteName("implements:"+key), iface: it}
		c.asserts[key] = info
		c.assertOrder = append(c.assertOrder, key)
	}
	return info.name
}

// missingRef returns `{ptr,i32} missing(ptr typecode)`, the first method of it that the
// concrete type lacks.
func (c *Compiler) missingRef(it *types.Interface) string {
	c.assertRef(it)
	return "@" + quoteName("missing:"+types.TypeString(it, nil))
}

// needPanicMissingMethod emits the helper raising "interface conversion: T is not I:
// missing method M" (or, when the interface is nil, gc's "interface is nil, not I").
func (c *Compiler) needPanicMissingMethod() {
	if c.usedNames["helper:panicMissingMethod"] {
		return
	}
	c.usedNames["helper:panicMissingMethod"] = true
	c.needPanicRuntimeError()
	_, concat := c.useRuntime("runtime_stringConcat")
	_, pta := c.useRuntime("runtime_panicTypeAssert")
	p1, p2, p3 := "interface conversion: ", " is not ", ": missing method "
	fmt.Fprintf(&c.helpers, `define internal void @.panicMissingMethod(ptr %%tc, ptr %%want, ptr %%missing, ptr %%pos) noreturn noinline {
entry:
  %%isnil = icmp eq ptr %%tc, null
  br i1 %%isnil, label %%nil, label %%msg
nil:
  call void %s(ptr null, ptr %%want, ptr null, ptr %%pos)
  unreachable
msg:
  %%hp = getelementptr inbounds %s, ptr %%tc, i32 0, i32 4
  %%have = load { ptr, i32 }, ptr %%hp
  %%wp = getelementptr inbounds %s, ptr %%want, i32 0, i32 4
  %%wname = load { ptr, i32 }, ptr %%wp
  %%m = call { ptr, i32 } %%missing(ptr %%tc, ptr null)
  %%hs = extractvalue { ptr, i32 } %%have, 0
  %%hn = extractvalue { ptr, i32 } %%have, 1
  %%ws = extractvalue { ptr, i32 } %%wname, 0
  %%wn = extractvalue { ptr, i32 } %%wname, 1
  %%ms = extractvalue { ptr, i32 } %%m, 0
  %%mn = extractvalue { ptr, i32 } %%m, 1
  %%s1 = call ptr %s(ptr %s, i32 %d, ptr %%hs, i32 %%hn)
  %%l1 = add i32 %%hn, %d
  %%s2 = call ptr %s(ptr %%s1, i32 %%l1, ptr %s, i32 %d)
  %%l2 = add i32 %%l1, %d
  %%s3 = call ptr %s(ptr %%s2, i32 %%l2, ptr %%ws, i32 %%wn)
  %%l3 = add i32 %%l2, %%wn
  %%s4 = call ptr %s(ptr %%s3, i32 %%l3, ptr %s, i32 %d)
  %%l4 = add i32 %%l3, %d
  %%s5 = call ptr %s(ptr %%s4, i32 %%l4, ptr %%ms, i32 %%mn)
  %%l5 = add i32 %%l4, %%mn
  call void @.panicRuntimeError(ptr %%s5, i32 %%l5, ptr %%pos)
  unreachable
}

`, pta, goTypeLLVM, goTypeLLVM, concat, c.bytesGlobal(p1), len(p1), len(p1), concat, c.bytesGlobal(p2), len(p2), len(p2),
		concat, concat, c.bytesGlobal(p3), len(p3), len(p3), concat)
}

func (c *Compiler) emitAsserts() {
	for i := 0; i < len(c.assertOrder); i++ {
		info := c.asserts[c.assertOrder[i]]
		var b strings.Builder
		fmt.Fprintf(&b, "define internal i1 %s(ptr %%tc, ptr %%ctx) {\nentry:\n", info.name)
		n := 0
		if info.iface.NumMethods() == 0 {
			b.WriteString("  %any = icmp ne ptr %tc, null\n  ret i1 %any\nyes:\n  ret i1 true\n}\n\n")
			c.helpers.WriteString(b.String())
			continue
		}
		for _, t := range c.ifaceList {
			if !types.Implements(t, info.iface) {
				continue
			}
			fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%tc, %s\n  br i1 %%is%d, label %%yes, label %%next%d\nnext%d:\n", n, c.typeDesc(t), n, n, n)
			n++
		}
		b.WriteString("  ret i1 false\nyes:\n  ret i1 true\n}\n\n")
		c.helpers.WriteString(b.String())
		if c.usedNames["helper:panicMissingMethod"] {
			c.emitMissing(info.iface)
		}
	}
}

// emitMissing writes `{ptr,i32} missing:I(ptr typecode, ptr ctx)`.
func (c *Compiler) emitMissing(it *types.Interface) {
	var b strings.Builder
	fmt.Fprintf(&b, "define internal { ptr, i32 } %s(ptr %%tc, ptr %%ctx) {\nentry:\n", c.missingRef(it))
	n := 0
	for _, t := range c.ifaceList {
		m, _ := types.MissingMethod(t, it, true)
		if m == nil {
			continue
		}
		fmt.Fprintf(&b, "  %%is%d = icmp eq ptr %%tc, %s\n  br i1 %%is%d, label %%m%d, label %%next%d\nm%d:\n  ret { ptr, i32 } %s\nnext%d:\n",
			n, c.typeDesc(t), n, n, n, n, c.stringConst(m.Name()), n)
		n++
	}
	b.WriteString("  ret { ptr, i32 } { ptr null, i32 0 }\n}\n\n")
	c.helpers.WriteString(b.String())
}

var _ = constant.MakeBool
