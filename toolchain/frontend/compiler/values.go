// Operands: SSA values as LLVM operand text, including constants, globals and functions.
package compiler

import (
	"fmt"
	"go/constant"
	"go/types"
	"math"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// val returns the operand text (without type) of an SSA value.
func (fs *funcState) val(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.Const:
		return fs.c.constValue(v.Value, v.Type())
	case *ssa.Global:
		return "@" + quoteName(fs.c.globalRef(v))
	case *ssa.Function:
		return fmt.Sprintf("{ ptr null, ptr %s }", fs.c.funcRef(v))
	}
	if x, ok := fs.memValue(v); ok {
		return x
	}
	if instr, ok := v.(ssa.Instruction); ok && fs.c.static.elided[instr] {
		if _, done := fs.vals[v]; !done {
			sv := fs.c.static.vals[v]
			markEscaped(sv)
			fs.vals[v] = fs.c.renderVal(sv, v.Type())
		}
	}
	return fs.name(v)
}

// typed returns "TYPE VALUE" for an SSA value.
func (fs *funcState) typed(v ssa.Value) string {
	return fs.c.llvmType(v.Type()) + " " + fs.val(v)
}

// constValue renders a Go constant of type t (nil for the zero value) as an LLVM constant.
func (c *Compiler) constValue(v constant.Value, t types.Type) string {
	ty := c.llvmType(t)
	if v == nil {
		return zeroValue(ty)
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			if constant.BoolVal(v) {
				return "true"
			}
			return "false"
		case u.Info()&types.IsString != 0:
			return c.stringConst(constant.StringVal(v))
		case u.Info()&types.IsInteger != 0:
			return intConst(v, intBits(ty))
		case u.Info()&types.IsFloat != 0:
			f, _ := constant.Float64Val(constant.ToFloat(v))
			if ty == "float" {
				f = float64(float32(f))
			}
			return floatConst(f)
		case u.Info()&types.IsComplex != 0:
			re, _ := constant.Float64Val(constant.Real(v))
			im, _ := constant.Float64Val(constant.Imag(v))
			et := "double"
			if u.Kind() == types.Complex64 {
				et = "float"
				re, im = float64(float32(re)), float64(float32(im))
			}
			return fmt.Sprintf("{ %s %s, %s %s }", et, floatConst(re), et, floatConst(im))
		case u.Kind() == types.UnsafePointer:
			return pointerConst(v)
		}
	case *types.Pointer:
		return pointerConst(v)
	}
	return zeroValue(ty)
}

// pointerConst is a pointer made from a constant address (unsafe.Pointer(uintptr(N))).
func pointerConst(v constant.Value) string {
	if v.Kind() != constant.Int {
		return "null"
	}
	x, _ := constant.Uint64Val(v)
	if x == 0 {
		return "null"
	}
	return fmt.Sprintf("inttoptr (i32 %d to ptr)", int32(uint32(x)))
}

func intConst(v constant.Value, bits int) string {
	v = constant.ToInt(v)
	if x, ok := constant.Int64Val(v); ok {
		return fmt.Sprint(signExtend(uint64(x), bits))
	}
	x, _ := constant.Uint64Val(v)
	return fmt.Sprint(signExtend(x, bits))
}

// signExtend interprets the low bits of x as a signed number (LLVM prints constants signed).
func signExtend(x uint64, bits int) int64 {
	if bits == 1 {
		return int64(x & 1)
	}
	if bits >= 64 {
		return int64(x)
	}
	shift := 64 - uint(bits)
	return int64(x<<shift) >> shift
}

func floatConst(f float64) string {
	return fmt.Sprintf("0x%016X", math.Float64bits(f))
}

// zeroValue is the zero constant of an LLVM type.
func zeroValue(ty string) string {
	switch {
	case ty == "ptr":
		return "null"
	case ty == "i1":
		return "false"
	case strings.HasPrefix(ty, "i"):
		return "0"
	case ty == "float" || ty == "double":
		return "0.0"
	}
	return "zeroinitializer"
}

// stringConst returns a constant Go string value { ptr, i32 } for s.
func (c *Compiler) stringConst(s string) string {
	if s == "" {
		return "{ ptr null, i32 0 }"
	}
	return fmt.Sprintf("{ ptr %s, i32 %d }", c.bytesGlobal(s), len(s))
}

// bytesGlobal returns a private constant global holding the bytes of s.
func (c *Compiler) bytesGlobal(s string) string {
	if g, ok := c.strConsts[s]; ok {
		return g
	}
	g := fmt.Sprintf("@.str.%d", len(c.strConsts))
	c.strConsts[s] = g
	fmt.Fprintf(&c.globals, "%s = private unnamed_addr constant [%d x i8] c\"%s\", align 1\n", g, len(s), escapeBytes(s))
	return g
}

func escapeBytes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < 0x20 || ch >= 0x7f || ch == '"' || ch == '\\' {
			fmt.Fprintf(&b, "\\%02X", ch)
		} else {
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// globalRef returns the symbol of a package variable, defining it on first use (with its
// statically evaluated initial value, if any).
func (c *Compiler) globalRef(g *ssa.Global) string {
	if t := c.linknamedGlobal(g); t != nil {
		g = t
	}
	name := c.globalName(g)
	if !c.usedNames["global:"+name] {
		c.usedNames["global:"+name] = true
		elem := g.Type().(*types.Pointer).Elem()
		ty := c.llvmType(elem)
		init := zeroValue(ty)
		if o := c.static.globals[g]; o != nil {
			init = c.renderNode(o.root, elem)
		}
		linkage := "internal global"
		if g.Pkg.Pkg.Path() == "runtime" {
			linkage = "global" // the C runtime may refer to it
		}
		suffix := c.dbg.globalVar(g, name, elem)
		fmt.Fprintf(&c.globals, "@%s = %s %s %s, align %d%s\n", quoteName(name), linkage, ty, init, c.alignof(elem), suffix)
	}
	return name
}

// linknamedGlobal is the package variable that a variable declared with //go:linkname names
// (math/bits' divideError and overflowError are runtime's: bits.Div64 panics with them), or
// nil.
func (c *Compiler) linknamedGlobal(g *ssa.Global) *ssa.Global {
	target, ok := c.Linknames[g.Pkg.Pkg.Path()+"."+g.Name()]
	dot := strings.LastIndex(target, ".")
	if !ok || dot < 0 {
		return nil
	}
	for _, p := range c.prog.AllPackages() {
		if p.Pkg.Path() == target[:dot] {
			if t, ok := p.Members[target[dot+1:]].(*ssa.Global); ok && t != g {
				return t
			}
		}
	}
	return nil
}

func int64Val(c *ssa.Const) (int64, bool) {
	return constant.Int64Val(constant.ToInt(c.Value))
}
