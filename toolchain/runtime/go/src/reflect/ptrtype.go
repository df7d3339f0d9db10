// Pointer types at run time: the descriptor of *T is the front end's when T is converted
// to an interface (ptrTo, method.go); for any other T one is made here, once, so PointerTo
// always answers as in gc. A made descriptor has no methods and implements no interface
// with methods (the program converts no *T to an interface itself).
package reflect

// madePtrs are the pointer descriptors made at run time.
var madePtrs []*rtype

func pointerTo(t *rtype) *rtype {
	if p := ptrTo(t); p != nil {
		return p
	}
	for _, p := range madePtrs {
		if p.elem == t {
			return p
		}
	}
	const ptrSize = 4
	p := &rtype{kind: uint8(Pointer), align: ptrSize, flags: flagMemEqual | flagDirect, size: ptrSize,
		name: "*" + t.name, elem: t}
	madePtrs = append(madePtrs, p)
	return p
}
