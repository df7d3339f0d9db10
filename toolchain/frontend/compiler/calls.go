// Calls: static calls, calls through function values (with their context), and interface
// method calls (dispatched by interfaces.go).
package compiler

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// call emits a call; v is the SSA value receiving the result (nil when unused).
func (fs *funcState) call(v ssa.Value, cc *ssa.CallCommon) {
	if b, ok := cc.Value.(*ssa.Builtin); ok {
		r := fs.builtin(b, cc.Args)
		if v != nil && r != "" {
			fs.vals[v] = r
		}
		return
	}
	ret, callee, args := fs.callParts(cc)
	if fs.forward != "" {
		callee = fs.forwardCall(cc, callee)
	}
	fs.emitCall(v, ret, callee, args)
}

// callParts returns the return type, the callee operand and the typed argument list
// (including the trailing context) of a call.
func (fs *funcState) callParts(cc *ssa.CallCommon) (ret, callee string, args []string) {
	c := fs.c
	ret = c.tupleType(cc.Signature().Results())
	if cc.IsInvoke() {
		return ret, fs.c.invokeRef(cc), fs.invokeArgs(cc)
	}
	for _, a := range cc.Args {
		args = append(args, fs.argOperand(a))
	}
	if fn, ok := cc.Value.(*ssa.Function); ok {
		return ret, c.funcRef(fn), append(args, "ptr null")
	}
	fv := fs.val(cc.Value)
	ctx := fs.emitv("extractvalue %s %s, 0", tFunc, fv)
	fp := fs.emitv("extractvalue %s %s, 1", tFunc, fv)
	fs.nilCheckPtr(fp)
	return ret, fp, append(args, "ptr "+ctx)
}

func (fs *funcState) emitCall(v ssa.Value, ret, callee string, args []string) {
	call := fmt.Sprintf("call %s %s(%s)", ret, callee, strings.Join(args, ", "))
	if ret == "void" {
		fs.emit("%s", call)
		return
	}
	if v != nil {
		fs.emitNamed(v, "%s", call)
	} else {
		fs.emitv("%s", call)
	}
}
