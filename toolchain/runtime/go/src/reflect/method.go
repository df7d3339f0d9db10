// Methods and calls: Type.Method, Value.Method, Value.Call, PointerTo and New, built on
// four lookups the front end generates from the whole program (see
// toolchain/frontend/compiler/reflectmethods.go). Only exported methods of types the
// program converts to interfaces are listed, sorted by name; only func types with a
// descriptor can be called.
package reflect

import "unsafe"

// methodsOf returns the method table of t, or nil when t has no exported methods.
func methodsOf(t *rtype) *methodTable

// funcInfo returns the parameters, results and call trampoline of a func type, or nil.
func funcInfo(t *rtype) *funcTable

// ptrTo returns the descriptor of *t, or nil when the program has none.
func ptrTo(t *rtype) *rtype

// numMethod returns the number of entries of methodsOf(t) without keeping the methods.
func numMethod(t *rtype) int32

type methodEntry struct {
	name  string
	mtyp  *rtype         // func type of the method expression (receiver first)
	ftyp  *rtype         // func type of the method value
	fn    unsafe.Pointer // the method: called with the receiver first
	bound unsafe.Pointer // the method with the receiver as closure context
}

type methodTable struct {
	n       int32
	methods [1 << 12]methodEntry
}

type funcTable struct {
	call     unsafe.Pointer // void(fn, ctx, args, results)
	nin      int32
	nout     int32
	variadic int32
	types    [1 << 12]*rtype // parameters, then results
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type  // method type
	Func    Value // func with receiver as first argument
	Index   int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return t.numIfaceMethods()
	}
	return int(numMethod(t))
}

func (t *rtype) Method(i int) Method {
	mt := methodsOf(t)
	if mt == nil || i < 0 || i >= int(mt.n) {
		panic("reflect: Method index out of range")
	}
	e := &mt.methods[i]
	fv := new([2]unsafe.Pointer)
	fv[1] = e.fn
	return Method{Name: e.name, Type: toType(e.mtyp), Func: Value{typ: e.mtyp, ptr: unsafe.Pointer(fv)}, Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	if mt := methodsOf(t); mt != nil {
		for i := 0; i < int(mt.n); i++ {
			if mt.methods[i].name == name {
				return t.Method(i), true
			}
		}
	}
	return Method{}, false
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return pointerTo(t.common()) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// New returns a Value holding a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := pointerTo(t)
	p := new(unsafe.Pointer)
	*p = newObject(t)
	return Value{typ: pt, ptr: unsafe.Pointer(p)}
}

func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns v's i'th method as a func value with v as its receiver.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	mt := methodsOf(v.typ)
	if mt == nil || i < 0 || i >= int(mt.n) {
		panic("reflect: Method index out of range")
	}
	e := &mt.methods[i]
	var recv unsafe.Pointer
	if v.typ.flags&flagDirect != 0 {
		recv = *(*unsafe.Pointer)(v.ptr)
	} else {
		recv = newObject(v.typ)
		memmove(recv, v.ptr, uintptr(v.typ.size))
	}
	fv := new([2]unsafe.Pointer)
	fv[0], fv[1] = recv, e.bound
	return Value{typ: e.ftyp, ptr: unsafe.Pointer(fv)}
}

// MethodByName returns v's method with the given name, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if mt := methodsOf(v.typ); mt != nil {
		for i := 0; i < int(mt.n); i++ {
			if mt.methods[i].name == name {
				return v.Method(i)
			}
		}
	}
	return Value{}
}

// Call calls the function v with the arguments in; a variadic function gets its trailing
// arguments packed into a slice.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	return v.call("Call", in, false)
}

// CallSlice calls the variadic function v, passing the last argument as the slice.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	return v.call("CallSlice", in, true)
}

func alignUp(off, a uintptr) uintptr {
	if a == 0 {
		return off
	}
	return (off + a - 1) &^ (a - 1)
}

func (v Value) call(op string, in []Value, isSlice bool) []Value {
	fi := funcInfo(v.typ)
	if fi == nil {
		panic("reflect: Marmot cannot call functions of type " + v.typ.String())
	}
	fv := (*[2]unsafe.Pointer)(v.ptr)
	if fv[1] == nil {
		panic("reflect: call of nil function")
	}
	nin := int(fi.nin)
	if fi.variadic != 0 && !isSlice {
		if len(in) < nin-1 {
			panic("reflect: " + op + " with too few input arguments")
		}
		st := fi.types[nin-1]
		extra := MakeSlice(st, len(in)-(nin-1), len(in)-(nin-1))
		for i := nin - 1; i < len(in); i++ {
			extra.Index(i - (nin - 1)).Set(in[i])
		}
		in = append(in[:nin-1:nin-1], extra)
	}
	if len(in) != nin {
		panic("reflect: " + op + " with wrong number of input arguments")
	}
	var size uintptr
	for i := 0; i < nin; i++ {
		t := fi.types[i]
		size = alignUp(size, uintptr(t.align)) + uintptr(t.size)
	}
	args := alloc(uint32(size), nil)
	var off uintptr
	for i := 0; i < nin; i++ {
		t := fi.types[i]
		off = alignUp(off, uintptr(t.align))
		a := in[i]
		if a.typ == nil {
			panic("reflect: " + op + " using zero Value argument")
		}
		p := unsafe.Add(args, off)
		switch {
		case a.typ == t:
			memmove(p, a.ptr, uintptr(t.size))
		case t.Kind() == Interface && implements(t, a.typ):
			x := a.packEface()
			memmove(p, unsafe.Pointer(&x), unsafe.Sizeof(x))
		default:
			panic("reflect: " + op + " using " + a.typ.String() + " as type " + t.String())
		}
		off += uintptr(t.size)
	}
	size = 0
	for i := 0; i < int(fi.nout); i++ {
		t := fi.types[nin+i]
		size = alignUp(size, uintptr(t.align)) + uintptr(t.size)
	}
	results := alloc(uint32(size), nil)
	var tramp func(fn, ctx, args, results unsafe.Pointer)
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&tramp)) = [2]unsafe.Pointer{nil, fi.call}
	tramp(fv[1], fv[0], args, results)
	out := make([]Value, fi.nout)
	off = 0
	for i := range out {
		t := fi.types[nin+i]
		off = alignUp(off, uintptr(t.align))
		out[i] = Value{typ: t, ptr: unsafe.Add(results, off)}
		off += uintptr(t.size)
	}
	return out
}
