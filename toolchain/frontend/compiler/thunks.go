// Thunks: a call packed into a memory block (the callee's function or interface value and
// its arguments) plus a generated function that unpacks the block and makes the call.
// Used by go statements and defer.
package compiler

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// packCall stores the parts of call cc after header fields into a block. It returns the
// layout type of the block, the stores to perform (typed values by field index) and the
// name of the thunk `void thunk(ptr block)`.
func (fs *funcState) packCall(cc *ssa.CallCommon, header []string, prefix string) (layout string, values []string, thunk string) {
	c := fs.c
	fields := append([]string{}, header...)
	var vals []string
	for range header {
		vals = append(vals, "")
	}
	kind := "static"
	switch {
	case cc.IsInvoke():
		kind = "invoke"
		fields = append(fields, tIface)
		vals = append(vals, fs.typed(cc.Value))
	case isBuiltin(cc.Value):
		kind = "builtin"
	default:
		if _, ok := cc.Value.(*ssa.Function); !ok {
			kind = "value"
			fields = append(fields, tFunc)
			vals = append(vals, fs.typed(cc.Value))
		}
	}
	argBase := len(fields)
	for _, a := range cc.Args {
		fields = append(fields, c.llvmType(a.Type()))
		vals = append(vals, fs.typed(a))
	}
	deferredRecover := prefix == "defer" && kind == "builtin" && cc.Value.(*ssa.Builtin).Name() == "recover"
	if deferredRecover {
		// `defer recover()` needs the deferring function's frame and whether a deferred
		// call run for a panic called that function (see deferredRecoverThunk).
		fields = append(fields, "ptr", "i1")
		vals = append(vals, "ptr "+fs.deferBuf, "i1 "+fs.canRecover)
	}
	if len(fields) == 0 {
		fields = append(fields, "i8")
		vals = append(vals, "")
	}
	layout = "{ " + strings.Join(fields, ", ") + " }"

	c.tmpGlobal++
	thunk = fmt.Sprintf("@%s.%d", prefix, c.tmpGlobal)
	var b strings.Builder
	if prefix == "defer" {
		// .runDefers tells a defer thunk whether it runs for a panic (or Goexit).
		fmt.Fprintf(&b, "define internal void %s(ptr %%block, i1 %%bypanic) {\nentry:\n", thunk)
	} else {
		fmt.Fprintf(&b, "define internal void %s(ptr %%block) {\nentry:\n", thunk)
	}
	if deferredRecover {
		fs.deferredRecoverThunk(&b, layout, len(header))
		c.helpers.WriteString(b.String())
		return layout, vals, thunk
	}
	load := func(i int) string {
		fmt.Fprintf(&b, "  %%p%d = getelementptr inbounds %s, ptr %%block, i32 0, i32 %d\n", i, layout, i)
		fmt.Fprintf(&b, "  %%v%d = load %s, ptr %%p%d\n", i, fields[i], i)
		return fmt.Sprintf("%%v%d", i)
	}
	var args []string
	for i := argBase; i < argBase+len(cc.Args); i++ {
		if c.isBig(cc.Args[i-argBase].Type()) && kind != "builtin" {
			// passed by reference: the block is the caller-owned copy
			fmt.Fprintf(&b, "  %%p%d = getelementptr inbounds %s, ptr %%block, i32 0, i32 %d\n", i, layout, i)
			args = append(args, fmt.Sprintf("ptr %%p%d", i))
			continue
		}
		args = append(args, fields[i]+" "+load(i))
	}
	if kind == "builtin" {
		// Lower the built-in inside the thunk, with the unpacked arguments as operands.
		sub := &funcState{c: c, fn: fs.fn, vals: map[ssa.Value]string{}, body: &strings.Builder{},
			blockBufs: map[*ssa.BasicBlock]*strings.Builder{}, blockExit: map[*ssa.BasicBlock]string{}}
		sub.tmp = 1000
		for i, a := range cc.Args {
			sub.vals[a] = strings.TrimPrefix(args[i], fields[argBase+i]+" ")
		}
		sub.builtin(cc.Value.(*ssa.Builtin), cc.Args)
		b.WriteString(sub.entry.String())
		b.WriteString(sub.body.String())
		b.WriteString("  ret void\n}\n\n")
		c.helpers.WriteString(b.String())
		return layout, vals, thunk
	}
	ret := c.tupleType(cc.Signature().Results())
	var callee string
	tell := prefix == "defer" && kind != "invoke" // name the callee in @.deferCallee
	switch kind {
	case "static":
		callee = c.funcRef(cc.Value.(*ssa.Function))
		args = append(args, "ptr null")
	case "value":
		fv := load(len(header))
		fmt.Fprintf(&b, "  %%ctx = extractvalue %s %s, 0\n  %%fn = extractvalue %s %s, 1\n", tFunc, fv, tFunc, fv)
		callee = "%fn"
		args = append(args, "ptr %ctx")
	case "invoke":
		iv := load(len(header))
		fmt.Fprintf(&b, "  %%tc = extractvalue %s %s, 0\n  %%data = extractvalue %s %s, 1\n", tIface, iv, tIface, iv)
		callee = c.invokeRef(cc)
		if prefix == "defer" && c.methodMayRecover(cc.Method) {
			callee = c.markedInvokeRef(cc) // names the implementation it calls (defer.go)
			tell = true
		}
		args = append([]string{"ptr %tc", "ptr %data"}, append(args, "ptr null")...)
	}
	if tell {
		// recover() works only in the function the deferred call names, and only when a
		// panic runs it (a deferred call run by a normal return, even while an outer panic
		// is running the function that deferred it, does not recover): tell it. Wrappers
		// and marked dispatch functions pass it on to what they call (defer.go).
		fmt.Fprintf(&b, "  %%callee = select i1 %%bypanic, ptr %s, ptr null\n", callee)
		fmt.Fprintf(&b, "  store ptr %%callee, ptr %s\n", c.deferCalleeVar())
	}
	fmt.Fprintf(&b, "  call %s %s(%s)\n  ret void\n}\n\n", ret, callee, strings.Join(args, ", "))
	c.helpers.WriteString(b.String())
	return layout, vals, thunk
}

// storeFields writes packed values into block.
func (fs *funcState) storeFields(layout, block string, values []string) {
	for i, v := range values {
		if v == "" {
			continue
		}
		p := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 %d", layout, block, i)
		fs.emit("store %s, ptr %s", v, p)
	}
}

func isBuiltin(v ssa.Value) bool {
	_, ok := v.(*ssa.Builtin)
	return ok
}

// goInstr starts a goroutine through runtime_spawn.
func (fs *funcState) goInstr(g *ssa.Go) {
	layout, values, thunk := fs.packCall(&g.Call, nil, "go")
	size := fs.layoutSize(layout)
	block := fs.heapAllocBytes(fmt.Sprint(size), "go statement")
	fs.storeFields(layout, block, values)
	_, ref := fs.c.useRuntime("runtime_spawn")
	fs.emit("call void %s(ptr %s, ptr %s, i32 0)", ref, thunk, block)
}

// layoutSize computes the allocation size of a packed layout using a GEP-based sizeof.
func (fs *funcState) layoutSize(layout string) string {
	p := fs.emitv("getelementptr %s, ptr null, i32 1", layout)
	return fs.emitv("ptrtoint ptr %s to i32", p)
}
