// Type descriptors (struct go_type in abi.h) emitted as constant globals, and the equality
// and hash functions of composite types that cannot be compared as plain memory.
package compiler

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"
)

const goTypeLLVM = "{ i8, i8, i16, i32, { ptr, i32 }, ptr, ptr, ptr, ptr }"

// Flags of go_type.flags.
const (
	flagMemEqual = 1 // comparable with memcmp
	flagDirect   = 2 // interface data word holds the value itself (pointer-shaped kinds)
	flagNoEqual  = 4 // not comparable (slices, maps, funcs and composites holding them)
	// Bits 8-15 of an interface type's flags: its number of methods (reflect's NumMethod;
	// 255 means 255 or more).
	flagMethodShift = 8
)

var basicKinds = map[types.BasicKind]int{
	types.Bool: 1, types.Int: 2, types.Int8: 3, types.Int16: 4, types.Int32: 5, types.Int64: 6,
	types.Uint: 7, types.Uint8: 8, types.Uint16: 9, types.Uint32: 10, types.Uint64: 11,
	types.Uintptr: 12, types.Float32: 13, types.Float64: 14, types.Complex64: 15,
	types.Complex128: 16, types.String: 24, types.UnsafePointer: 26,
}

func kindOf(t types.Type) int {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return basicKinds[u.Kind()]
	case *types.Array:
		return 17
	case *types.Chan:
		return 18
	case *types.Signature:
		return 19
	case *types.Interface:
		return 20
	case *types.Map:
		return 21
	case *types.Pointer:
		return 22
	case *types.Slice:
		return 23
	case *types.Struct:
		return 25
	}
	return 0
}

// typeName is the go/types spelling of t used in diagnostics and debug information.
func typeName(t types.Type) string {
	if it, ok := t.(*types.Interface); ok && it.Empty() {
		return "interface {}"
	}
	if sig, ok := t.(*types.Signature); ok {
		t = unnamedSignature(sig) // gc spells func types without parameter names
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// reflectName is t spelled as gc's reflect spells it (descriptor names: %T, reflect's
// Type.String, panic messages): byte and rune as uint8 and int32, "struct { a int; B int }",
// "interface { M() }", "struct {}", type arguments as "main.G[int,[]uint8]".
func reflectName(t types.Type) string {
	var b strings.Builder
	writeReflectName(&b, t)
	return b.String()
}

func writeReflectName(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
		} else {
			b.WriteString(types.Typ[t.Kind()].Name()) // byte is uint8, rune int32
		}
	case *types.Named:
		if p := t.Obj().Pkg(); p != nil {
			b.WriteString(p.Name() + ".")
		}
		b.WriteString(t.Obj().Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeReflectName(b, args.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeReflectName(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeReflectName(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeReflectName(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeReflectName(b, t.Key())
		b.WriteByte(']')
		writeReflectName(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
			if e, ok := t.Elem().(*types.Chan); ok && e.Dir() == types.RecvOnly {
				b.WriteByte('(') // chan (<-chan int), not chan<- chan int
				writeReflectName(b, e)
				b.WriteByte(')')
				return
			}
		}
		writeReflectName(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeReflectSignature(b, t)
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct {")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteByte(';')
			}
			b.WriteByte(' ')
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeReflectName(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface {")
		for i := 0; i < t.NumMethods(); i++ {
			if i > 0 {
				b.WriteByte(';')
			}
			m := t.Method(i)
			b.WriteString(" " + m.Name())
			writeReflectSignature(b, m.Type().(*types.Signature))
		}
		b.WriteString(" }")
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}

// writeReflectSignature writes "(int, ...string) (bool, error)": parameter and result types
// without names.
func writeReflectSignature(b *strings.Builder, sig *types.Signature) {
	b.WriteByte('(')
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeReflectName(b, pt)
	}
	b.WriteByte(')')
	switch n := sig.Results().Len(); {
	case n == 1:
		b.WriteByte(' ')
		writeReflectName(b, sig.Results().At(0).Type())
	case n > 1:
		b.WriteString(" (")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeReflectName(b, sig.Results().At(i).Type())
		}
		b.WriteByte(')')
	}
}

// unnamedSignature returns sig without receiver and parameter or result names.
func unnamedSignature(sig *types.Signature) *types.Signature {
	strip := func(t *types.Tuple) *types.Tuple {
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			vars[i] = types.NewParam(0, nil, "", t.At(i).Type())
		}
		return types.NewTuple(vars...)
	}
	return types.NewSignatureType(nil, nil, nil, strip(sig.Params()), strip(sig.Results()), sig.Variadic())
}

// typeDesc returns the global holding the descriptor of t, emitting it on first use.
func (c *Compiler) typeDesc(t types.Type) string {
	if g := c.typeDescs.At(t); g != nil {
		return g.(string)
	}
	base := "type:" + types.TypeString(t, nil)
	name := base
	for i := 1; c.descNames[name]; i++ {
		name = fmt.Sprintf("%s#%d", base, i)
	}
	c.descNames[name] = true
	g := "@" + quoteName(name)
	c.typeDescs.Set(t, g)
	c.noteFuncDesc(t)

	flags := 0
	if memEqual(c, t) {
		flags |= flagMemEqual
	}
	if isPointerShaped(t) {
		flags |= flagDirect
	}
	if !types.Comparable(t) {
		flags |= flagNoEqual
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		n := it.NumMethods()
		if n > 255 {
			n = 255
		}
		flags |= n << flagMethodShift
	}
	extra := c.typeExtra(t, name)
	elem := "null"
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		elem = c.typeDesc(u.Elem())
	case *types.Slice:
		elem = c.typeDesc(u.Elem())
	case *types.Array:
		elem = c.typeDesc(u.Elem())
	case *types.Chan:
		elem = c.typeDesc(u.Elem())
	case *types.Map:
		elem = c.typeDesc(u.Elem())
	}
	eq, hash := "null", "null"
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		if flags&flagMemEqual == 0 && types.Comparable(t) {
			eq, hash = c.equalFunc(t, name), c.hashFunc(t, name)
		}
	}
	fmt.Fprintf(&c.globals, "%s = constant %s { i8 %d, i8 %d, i16 %d, i32 %d, { ptr, i32 } %s, ptr %s, ptr %s, ptr %s, ptr %s }, align 4\n",
		g, goTypeLLVM, kindOf(t), c.alignof(t), flags, c.sizeof(t), c.stringConst(reflectName(t)), eq, hash, elem, extra)
	return g
}

// typeExtra returns go_type.extra, the kind-specific information reflection uses:
//
//	interface: `i1 implements(ptr typecode, ptr ctx)`
//	struct:    { i32 n, [n x { string name, ptr type, i32 offset, i32 bits, string tag }] }
//	           bits: 1 embedded, 2 exported
//	array:     the length (as a pointer-sized integer)
//	map:       the key type's descriptor
func (c *Compiler) typeExtra(t types.Type, name string) string {
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return c.assertRef(u)
	case *types.Array:
		if u.Len() == 0 {
			return "null"
		}
		return fmt.Sprintf("inttoptr (i32 %d to ptr)", u.Len())
	case *types.Map:
		return c.typeDesc(u.Key())
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offs := c.sizes.Offsetsof(fields)
		fty := "{ { ptr, i32 }, ptr, i32, i32, { ptr, i32 } }"
		var parts []string
		for i, f := range fields {
			emb := 0
			if f.Embedded() {
				emb = 1
			}
			if f.Exported() {
				emb |= 2
			}
			parts = append(parts, fmt.Sprintf("%s { { ptr, i32 } %s, ptr %s, i32 %d, i32 %d, { ptr, i32 } %s }", fty,
				c.stringConst(f.Name()), c.typeDesc(f.Type()), offs[i], emb, c.stringConst(u.Tag(i))))
		}
		g := "@" + quoteName("fields:"+strings.TrimPrefix(name, "type:"))
		fmt.Fprintf(&c.globals, "%s = private constant { i32, [%d x %s] } { i32 %d, [%d x %s] [%s] }\n",
			g, len(parts), fty, len(parts), len(parts), fty, strings.Join(parts, ", "))
		return g
	}
	return "null"
}

// memEqual reports whether values of t compare equal exactly when their bytes do.
func memEqual(c *Compiler, t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsFloat|types.IsComplex) == 0
	case *types.Pointer, *types.Chan:
		return true
	case *types.Array:
		return memEqual(c, u.Elem())
	case *types.Struct:
		var off int64
		fields := make([]*types.Var, u.NumFields())
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offs := c.sizes.Offsetsof(fields)
		for i, f := range fields {
			if f.Name() == "_" || offs[i] != off || !memEqual(c, f.Type()) {
				return false
			}
			off += c.sizeof(f.Type())
		}
		return off == c.sizeof(t)
	}
	return false
}

// equalFunc emits `i32 eq(ptr a, ptr b, ptr ctx)` for a struct or array type.
func (c *Compiler) equalFunc(t types.Type, name string) string {
	fname := "@" + quoteName("eq:"+strings.TrimPrefix(name, "type:"))
	ty := c.llvmType(t)
	_, ref := c.useRuntime("runtime_equalValue")
	var b strings.Builder
	fmt.Fprintf(&b, "define internal i32 %s(ptr %%a, ptr %%b, ptr %%ctx) {\nentry:\n", fname)
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Name() == "_" || c.sizeof(f.Type()) == 0 {
				continue
			}
			fmt.Fprintf(&b, "  %%pa%d = getelementptr inbounds %s, ptr %%a, i32 0, i32 %d\n", i, ty, i)
			fmt.Fprintf(&b, "  %%pb%d = getelementptr inbounds %s, ptr %%b, i32 0, i32 %d\n", i, ty, i)
			fmt.Fprintf(&b, "  %%r%d = call i32 %s(ptr %s, ptr %%pa%d, ptr %%pb%d)\n", i, ref, c.typeDesc(f.Type()), i, i)
			fmt.Fprintf(&b, "  %%z%d = icmp eq i32 %%r%d, 0\n  br i1 %%z%d, label %%ne, label %%f%d\nf%d:\n", i, i, i, i, i)
		}
		b.WriteString("  ret i32 1\nne:\n  ret i32 0\n}\n\n")
	case *types.Array:
		et := c.llvmType(u.Elem())
		fmt.Fprintf(&b, "  br label %%loop\nloop:\n  %%i = phi i32 [ 0, %%entry ], [ %%i1, %%next ]\n")
		fmt.Fprintf(&b, "  %%done = icmp eq i32 %%i, %d\n  br i1 %%done, label %%eq, label %%body\nbody:\n", u.Len())
		fmt.Fprintf(&b, "  %%pa = getelementptr inbounds %s, ptr %%a, i32 %%i\n  %%pb = getelementptr inbounds %s, ptr %%b, i32 %%i\n", et, et)
		fmt.Fprintf(&b, "  %%r = call i32 %s(ptr %s, ptr %%pa, ptr %%pb)\n", ref, c.typeDesc(u.Elem()))
		b.WriteString("  %i1 = add i32 %i, 1\n  %z = icmp eq i32 %r, 0\n  br i1 %z, label %ne, label %next\nnext:\n  br label %loop\n")
		b.WriteString("eq:\n  ret i32 1\nne:\n  ret i32 0\n}\n\n")
	}
	c.helpers.WriteString(b.String())
	return fname
}

// hashFunc emits `i32 hash(ptr p, i32 seed, ptr ctx)` for a struct or array type.
func (c *Compiler) hashFunc(t types.Type, name string) string {
	fname := "@" + quoteName("hash:"+strings.TrimPrefix(name, "type:"))
	ty := c.llvmType(t)
	_, ref := c.useRuntime("runtime_hashValue")
	var b strings.Builder
	fmt.Fprintf(&b, "define internal i32 %s(ptr %%p, i32 %%seed, ptr %%ctx) {\nentry:\n", fname)
	switch u := t.Underlying().(type) {
	case *types.Struct:
		h := "%seed"
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Name() == "_" || c.sizeof(f.Type()) == 0 {
				continue
			}
			fmt.Fprintf(&b, "  %%p%d = getelementptr inbounds %s, ptr %%p, i32 0, i32 %d\n", i, ty, i)
			fmt.Fprintf(&b, "  %%h%d = call i32 %s(ptr %s, ptr %%p%d, i32 %s)\n", i, ref, c.typeDesc(f.Type()), i, h)
			h = fmt.Sprintf("%%h%d", i)
		}
		fmt.Fprintf(&b, "  ret i32 %s\n}\n\n", h)
	case *types.Array:
		et := c.llvmType(u.Elem())
		b.WriteString("  br label %loop\nloop:\n  %i = phi i32 [ 0, %entry ], [ %i1, %body ]\n  %h = phi i32 [ %seed, %entry ], [ %h1, %body ]\n")
		fmt.Fprintf(&b, "  %%done = icmp eq i32 %%i, %d\n  br i1 %%done, label %%out, label %%body\nbody:\n", u.Len())
		fmt.Fprintf(&b, "  %%pe = getelementptr inbounds %s, ptr %%p, i32 %%i\n", et)
		fmt.Fprintf(&b, "  %%h1 = call i32 %s(ptr %s, ptr %%pe, i32 %%h)\n  %%i1 = add i32 %%i, 1\n  br label %%loop\n", ref, c.typeDesc(u.Elem()))
		b.WriteString("out:\n  ret i32 %h\n}\n\n")
	}
	c.helpers.WriteString(b.String())
	return fname
}

// valueEqual compares two struct or array operands of type t, returning an i1.
func (fs *funcState) valueEqual(t types.Type, x, y string) string {
	ty := fs.c.llvmType(t)
	a, b := fs.temp(ty), fs.temp(ty)
	fs.emit("store %s %s, ptr %s", ty, x, a)
	fs.emit("store %s %s, ptr %s", ty, y, b)
	_, ref := fs.c.useRuntime("runtime_equalValue")
	r := fs.emitv("call i32 %s(ptr %s, ptr %s, ptr %s)", ref, fs.c.typeDesc(t), a, b)
	return fs.emitv("icmp ne i32 %s, 0", r)
}
