// Closures: a func value is { context, function }; the context of a closure holds its
// captured variables (or is the single captured pointer itself).
package compiler

import (
	"fmt"

	"golang.org/x/tools/go/ssa"
)

func (fs *funcState) makeClosure(m *ssa.MakeClosure) {
	c := fs.c
	fn := m.Fn.(*ssa.Function)
	ref := c.funcRef(fn)
	var ctx string
	if len(m.Bindings) == 1 && isPointerShaped(m.Bindings[0].Type()) {
		ctx = fs.val(m.Bindings[0])
	} else {
		st := c.contextType(fn.FreeVars)
		var size int64
		for _, b := range m.Bindings {
			size = align(size, c.alignof(b.Type())) + c.sizeof(b.Type())
		}
		ctx = fs.heapAllocBytes(fmt.Sprint(size+8), "closure with captured variables")
		for i, b := range m.Bindings {
			p := fs.emitv("getelementptr inbounds %s, ptr %s, i32 0, i32 %d", st, ctx, i)
			fs.emit("store %s, ptr %s", fs.typed(b), p)
		}
	}
	a := fs.emitv("insertvalue %s undef, ptr %s, 0", tFunc, ctx)
	fs.emitNamed(m, "insertvalue %s %s, ptr %s, 1", tFunc, a, ref)
}
