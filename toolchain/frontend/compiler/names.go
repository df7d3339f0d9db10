// Symbol names of Go functions and globals: `pkg/path.Func`, `pkg/path.Type.M`,
// `pkg/path.(*Type).M`; closures and wrappers get unique derived names.
package compiler

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

func (c *Compiler) funcName(fn *ssa.Function) string {
	if n, ok := c.funcNames[fn]; ok {
		return n
	}
	n := c.baseFuncName(fn)
	// A declaration names an external symbol: it may share it with another declaration or
	// with the definition (//go:linkname).
	if c.usedNames[n] && fn.Blocks != nil && !c.definedBy[n] {
		// first definition of a name only declared so far: take it over
	} else if c.usedNames[n] && fn.Blocks != nil {
		for i := 1; ; i++ {
			m := fmt.Sprintf("%s#%d", n, i)
			if !c.usedNames[m] {
				n = m
				break
			}
		}
	}
	c.usedNames[n] = true
	if fn.Blocks != nil {
		c.definedBy[n] = true
	}
	c.funcNames[fn] = n
	return n
}

func (c *Compiler) baseFuncName(fn *ssa.Function) string {
	pkgPath := ""
	if fn.Pkg != nil {
		pkgPath = fn.Pkg.Pkg.Path()
	} else if obj := fn.Object(); obj != nil && obj.Pkg() != nil {
		pkgPath = obj.Pkg().Path()
	}
	sig := fn.Signature
	if name := c.exportName(fn); name != "" {
		return name
	}
	if sig.Recv() == nil && fn.Parent() == nil && pkgPath != "" {
		if target, ok := c.Linknames[pkgPath+"."+fn.Name()]; ok {
			return target
		}
	}
	if recv := sig.Recv(); recv != nil && fn.Synthetic == "" && fn.Parent() == nil {
		t := recv.Type()
		ptr := false
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), true
		}
		tname := types.TypeString(t, func(p *types.Package) string {
			if p.Path() == pkgPath {
				return ""
			}
			return p.Path()
		})
		if named, ok := t.(*types.Named); ok && named.Obj().Pkg() != nil {
			pkgPath = named.Obj().Pkg().Path()
		}
		if ptr {
			return pkgPath + ".(*" + tname + ")." + fn.Name()
		}
		return pkgPath + "." + tname + "." + fn.Name()
	}
	if fn.Synthetic == "" && fn.Parent() == nil && pkgPath != "" && len(fn.TypeArgs()) == 0 {
		return pkgPath + "." + fn.Name()
	}
	// Closures, wrappers, thunks and generic instances: derive from ssa's description.
	s := fn.String()
	if pkgPath != "" && !strings.HasPrefix(s, pkgPath+".") && fn.Parent() == nil && sig.Recv() == nil {
		s = pkgPath + "." + s
	}
	return s
}

// globalName is the symbol of a package-level variable.
func (c *Compiler) globalName(g *ssa.Global) string {
	return g.Pkg.Pkg.Path() + "." + g.Name()
}
