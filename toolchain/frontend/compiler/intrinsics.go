// Bodies for bodyless standard-library functions the front end implements itself: the
// sync/atomic operations (plain memory operations: Marmot's targets are single-core and
// the scheduler is cooperative), no-op hooks such as runtime_procPin, and reflect's
// method and call lookups (reflectmethods.go).
package compiler

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// intrinsicBody returns the IR body (after the entry label) of a bodyless function the
// front end implements, or "" when it has none.
func (c *Compiler) intrinsicBody(fn *ssa.Function) string {
	if fn.Pkg == nil || fn.Signature.Recv() != nil {
		return ""
	}
	path, name := fn.Pkg.Pkg.Path(), fn.Name()
	if path == "math" && name == "archSqrt" {
		// GOARCH=arm has an assembly square root; use math's portable one.
		if f := fn.Pkg.Func("sqrt"); f != nil {
			return fmt.Sprintf("  %%r = call double %s(double %%a0, ptr null)\n  ret double %%r\n", c.funcRef(f))
		}
	}
	if path == "crypto/internal/boring/sig" {
		// StandardCrypto, BoringCrypto, FIPSOnly: empty assembly markers for the linker.
		return "  ret void\n"
	}
	if (path == "crypto/md5" || path == "crypto/sha1") && name == "block" {
		// GOARCH=arm declares the block function in assembly; the portable blockGeneric has
		// the same signature (dig *digest, p []byte). (math/big's assembly is avoided by the
		// math_big_pure_go tag: loader.go.)
		if f := fn.Pkg.Func("blockGeneric"); f != nil {
			_, params := c.signatureParts(fn.Signature)
			return fmt.Sprintf("  call void %s(%s %%a0, %s %%a1, ptr null)\n  ret void\n", c.funcRef(f), params[0], params[1])
		}
	}
	if path == "reflect" {
		return c.reflectIntrinsic(name)
	}
	if path == "syscall" {
		return c.syscallIntrinsic(fn)
	}
	if path != "sync/atomic" {
		return ""
	}
	ret, params := c.signatureParts(fn.Signature)
	ty := "i32"
	if len(params) > 1 {
		ty = params[1]
	}
	switch {
	case strings.HasPrefix(name, "Load"):
		return fmt.Sprintf("  %%v = load %s, ptr %%a0\n  ret %s %%v\n", ret, ret)
	case strings.HasPrefix(name, "Store"):
		return fmt.Sprintf("  store %s %%a1, ptr %%a0\n  ret void\n", ty)
	case strings.HasPrefix(name, "Swap"):
		return fmt.Sprintf("  %%old = load %s, ptr %%a0\n  store %s %%a1, ptr %%a0\n  ret %s %%old\n", ty, ty, ty)
	case strings.HasPrefix(name, "Add"):
		return fmt.Sprintf("  %%old = load %s, ptr %%a0\n  %%new = add %s %%old, %%a1\n  store %s %%new, ptr %%a0\n  ret %s %%new\n", ty, ty, ty, ty)
	case strings.HasPrefix(name, "CompareAndSwap"):
		cmp := "icmp eq"
		return fmt.Sprintf("  %%cur = load %s, ptr %%a0\n  %%eq = %s %s %%cur, %%a1\n  br i1 %%eq, label %%swap, label %%done\n"+
			"swap:\n  store %s %%a2, ptr %%a0\n  br label %%done\ndone:\n  ret i1 %%eq\n", ty, cmp, ty, ty)
	}
	if ret == "void" {
		return "  ret void\n"
	}
	return fmt.Sprintf("  ret %s %s\n", ret, zeroValue(ret))
}

// syscallIntrinsic gives package syscall's assembly and runtime-provided functions bodies
// for a board without an operating system, so that packages importing syscall (for its
// constants and types: path/filepath, for one) link: every system call fails with ENOSYS,
// Exit ends the program, and the runtime hooks (environment, fork, entersyscall) do
// nothing or return nothing.
func (c *Compiler) syscallIntrinsic(fn *ssa.Function) string {
	switch fn.Name() {
	case "Exit":
		_, exit := c.useRuntime("runtime_exit")
		return fmt.Sprintf("  call void %s(i32 %%a0)\n  unreachable\n", exit)
	case "Getpagesize":
		return "  ret i32 4096\n"
	}
	const enosys = 38 // Linux's errno, as syscall.ENOSYS
	results := fn.Signature.Results()
	ret := c.tupleType(results)
	value := func(i int) string {
		t := results.At(i).Type()
		named, isNamed := t.(*types.Named)
		basic, isBasic := t.(*types.Basic)
		if isNamed && named.Obj().Name() == "Errno" || isBasic && basic.Kind() == types.Uintptr && results.At(i).Name() == "err" {
			return fmt.Sprint(enosys)
		}
		return zeroValue(c.llvmType(t))
	}
	switch results.Len() {
	case 0:
		return "  ret void\n"
	case 1:
		return fmt.Sprintf("  ret %s %s\n", ret, value(0))
	}
	var b strings.Builder
	agg := "undef"
	for i := 0; i < results.Len(); i++ {
		fmt.Fprintf(&b, "  %%r%d = insertvalue %s %s, %s %s, %d\n", i, ret, agg, c.llvmType(results.At(i).Type()), value(i), i)
		agg = fmt.Sprintf("%%r%d", i)
	}
	fmt.Fprintf(&b, "  ret %s %s\n", ret, agg)
	return b.String()
}

// emitIntrinsic defines fn with the given body.
func (c *Compiler) emitIntrinsic(fn *ssa.Function, name, body string) {
	ret, params := c.signatureParts(fn.Signature)
	var plist []string
	for i, p := range params {
		plist = append(plist, fmt.Sprintf("%s %%a%d", p, i))
	}
	plist = append(plist, "ptr %context")
	fmt.Fprintf(&c.funcs, "define internal %s @%s(%s) alwaysinline {\nentry:\n%s}\n\n", ret, name, strings.Join(plist, ", "), body)
}
