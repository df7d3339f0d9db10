// Type identity and assignability as gc's reflect defines them (haveIdenticalType,
// directlyAssignable), worked out from the descriptors: identical types of one program
// share a descriptor, so only named-versus-unnamed pairs need a look inside.
package reflect

import "unsafe"

// hasName reports whether t is a named (defined or predeclared) type.
func (t *rtype) hasName() bool { return t.Name() != "" }

// numIfaceMethods is the method count of an interface type (descriptor flags, bits 8-15).
func (t *rtype) numIfaceMethods() int { return int(t.flags >> 8) }

// identicalType is gc's haveIdenticalType: with cmpTags the types must be the same; without,
// struct tags are ignored, which only matters for unnamed types.
func identicalType(t, u *rtype, cmpTags bool) bool {
	if t == u {
		return true
	}
	if cmpTags || t.hasName() || u.hasName() {
		return false
	}
	return identicalUnderlying(t, u, false)
}

// identicalUnderlying is gc's haveIdenticalUnderlyingType. Descriptors do not keep a func
// type's parameters nor a named chan type's direction: unnamed ones compare by spelling,
// named ones (with an unnamed partner) are taken to differ for funcs and to match for chans.
func identicalUnderlying(t, u *rtype, cmpTags bool) bool {
	if t == u {
		return true
	}
	k := t.Kind()
	if k != u.Kind() {
		return false
	}
	if Bool <= k && k <= Complex128 || k == String || k == UnsafePointer {
		return true
	}
	switch k {
	case Array:
		return t.Len() == u.Len() && identicalType(t.elem, u.elem, cmpTags)
	case Chan:
		if !t.hasName() && !u.hasName() && chanPrefix(t.name) != chanPrefix(u.name) {
			return false
		}
		return identicalType(t.elem, u.elem, cmpTags)
	case Func:
		return !t.hasName() && !u.hasName() && t.name == u.name
	case Interface:
		return t.numIfaceMethods() == 0 && u.numIfaceMethods() == 0
	case Map:
		return identicalType((*rtype)(t.extra), (*rtype)(u.extra), cmpTags) && identicalType(t.elem, u.elem, cmpTags)
	case Pointer, Slice:
		return identicalType(t.elem, u.elem, cmpTags)
	case Struct:
		return identicalFields(t.structInfo(), u.structInfo(), cmpTags)
	}
	return false
}

func chanPrefix(name string) string {
	if len(name) >= 7 && (name[:7] == "chan<- " || name[:7] == "<-chan ") {
		return name[:7]
	}
	return "chan "
}

func identicalFields(a, b *structInfo, cmpTags bool) bool {
	na, nb := 0, 0
	if a != nil {
		na = int(a.n)
	}
	if b != nil {
		nb = int(b.n)
	}
	if na != nb {
		return false
	}
	for i := 0; i < na; i++ {
		f, g := &a.fields[i], &b.fields[i]
		if f.name != g.name || f.offset != g.offset || f.bits != g.bits ||
			cmpTags && f.tag != g.tag || !identicalType(f.typ, g.typ, cmpTags) {
			return false
		}
	}
	return true
}

// directlyAssignable: a value of type v can be assigned to a variable of type t without a
// conversion to an interface.
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.hasName() && v.hasName() || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && chanPrefix(v.name) == "chan " && identicalType(t.elem, v.elem, true) {
		return true // a bidirectional channel assigns to a directional one
	}
	return identicalUnderlying(t, v, true)
}

// implementsValue reports whether a value of type v can be stored in the interface type t.
// For a concrete v this is the front end's table; a value of interface type v is checked
// by its dynamic type (gc checks v's method set; Marmot's descriptors do not list it).
func implementsValue(t *rtype, v Value) bool {
	dyn := v.typ
	if v.Kind() == Interface {
		if dyn = (*eface)(v.ptr).typ; dyn == nil {
			return t.Kind() == Interface
		}
	}
	return typeImplements(t, dyn)
}

// assignTo returns v as a value of type dst (sharing v's memory when no conversion to an
// interface is needed), or panics with gc's message naming context.
func (v Value) assignTo(context string, dst *rtype) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		return Value{typ: dst, ptr: v.ptr, flag: v.flag & (flagAddr | flagRO)}
	case implementsValue(dst, v):
		p := new(any)
		*p = v.packEface()
		return Value{typ: dst, ptr: unsafe.Pointer(p)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}
