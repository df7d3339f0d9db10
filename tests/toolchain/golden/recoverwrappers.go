// recover() in a method deferred through a wrapper the compiler makes: gc treats method
// wrappers as transparent, so the method is "called directly by a deferred function" and
// recovers. Covers method values, method expressions, interface calls (also through
// embedded interfaces and interfaces embedding others), promoted methods through embedded
// value and pointer fields, value methods called through a pointer, generic methods, and
// `defer recover()` in such a method.
// A wrapper run by an ordinary call, or a method a deferred wrapper only calls, does not
// recover.
package main

import "fmt"

type S struct{ name string }

func (s *S) rec() { fmt.Println(s.name, "recovered:", recover()) }
func (s S) recv() { fmt.Println(s.name, "recovered:", recover()) }

// deferRec's `defer recover()`, run by its return, recovers like a recover() in deferRec.
func (s *S) deferRec() {
	defer recover()
	fmt.Println(s.name, "returns")
}

// plain calls rec from another method: rec is not called directly by the deferred call.
func (s *S) plain() { s.rec() }

type I interface{ rec() }
type D interface{ deferRec() }
type V interface{ recv() }

// J embeds I: calls through J dispatch on the same method.
type J interface {
	I
	recv()
}

type OuterPtr struct{ *S }   // promoted through an embedded pointer
type OuterVal struct{ S }    // promoted through an embedded value
type Deep struct{ OuterPtr } // two levels
type HasI struct{ I }        // promoted from an embedded interface

type G[T any] struct{ v T }

func (g *G[T]) rec() { fmt.Println("generic", g.v, "recovered:", recover()) }
func (g G[T]) recv() { fmt.Println("generic value", g.v, "recovered:", recover()) }

// Big receivers are passed by reference.
type Big struct {
	name string
	pad  [20]int
}

func (b Big) recv() { fmt.Println(b.name, "recovered:", recover()) }

func static() {
	defer (&S{"static ptr"}).rec()
	panic(1)
}

func valueRecv() {
	defer S{"value recv"}.recv()
	panic(2)
}

func promoted() {
	o := OuterPtr{&S{"promoted"}}
	defer o.rec()
	panic(3)
}

func methodValue() {
	f := (&S{"method value"}).rec
	defer f()
	panic(4)
}

func iface() {
	var i I = &S{"interface"}
	defer i.rec()
	panic(5)
}

func methodExpr() {
	defer (*S).rec(&S{"method expr"})
	panic(6)
}

func methodExprValue() {
	defer S.recv(S{"method expr value"})
	panic(7)
}

// (*S).recv is the wrapper SSA makes for a value method called through a pointer.
func methodExprPtrToValue() {
	defer (*S).recv(&S{"method expr (*S).recv"})
	panic(8)
}

func methodValueOfValue() {
	f := S{"method value of value"}.recv
	defer f()
	panic(9)
}

func ifaceValueRecv() {
	var v V = S{"interface value recv"}
	defer v.recv()
	panic(10)
}

func ifacePtrToValue() {
	var v V = &S{"interface *S value recv"}
	defer v.recv()
	panic(11)
}

func ifacePromotedPtr() {
	var i I = OuterPtr{&S{"interface promoted ptr"}}
	defer i.rec()
	panic(12)
}

func ifacePromotedVal() {
	var i I = &OuterVal{S{"interface promoted val"}}
	defer i.rec()
	panic(13)
}

func ifacePromotedValRecv() {
	var v V = OuterVal{S{"interface promoted value recv"}}
	defer v.recv()
	panic(14)
}

func ifaceDeep() {
	var i I = Deep{OuterPtr{&S{"interface two levels"}}}
	defer i.rec()
	panic(15)
}

func promotedVal() {
	o := &OuterVal{S{"promoted val"}}
	defer o.rec()
	panic(16)
}

func methodValuePromoted() {
	f := OuterPtr{&S{"method value promoted"}}.rec
	defer f()
	panic(17)
}

func methodExprPromoted() {
	defer OuterPtr.rec(OuterPtr{&S{"method expr promoted"}})
	panic(18)
}

func embeddedIface() {
	h := HasI{&S{"embedded interface"}}
	defer h.rec()
	panic(19)
}

func embeddedIfaceViaIface() {
	var i I = HasI{&S{"embedded interface via interface"}}
	defer i.rec()
	panic(20)
}

func embeddedIfaceMethodValue() {
	f := HasI{&S{"embedded interface method value"}}.rec
	defer f()
	panic(21)
}

func embeddingIface() {
	var j J = &S{"interface embedding interface"}
	defer j.rec()
	panic(22)
}

func embeddingIfaceValue() {
	var j J = &S{"interface embedding interface, value"}
	defer j.recv()
	panic(23)
}

func ifaceMethodValue() {
	var i I = &S{"interface method value"}
	f := i.rec
	defer f()
	panic(24)
}

func ifaceMethodExpr() {
	defer I.rec(&S{"interface method expr"})
	panic(25)
}

func generic() {
	defer (&G[int]{26}).rec()
	panic(26)
}

func genericValue() {
	defer G[string]{"27"}.recv()
	panic(27)
}

func genericIface() {
	var i I = &G[int]{28}
	defer i.rec()
	panic(28)
}

func genericMethodValue() {
	f := (&G[bool]{true}).rec
	defer f()
	panic(29)
}

func genericIfacePtrToValue() {
	var v V = &G[float64]{3.5}
	defer v.recv()
	panic(30)
}

func bigValue() {
	defer Big{name: "big value"}.recv()
	panic(31)
}

func bigIface() {
	var v V = Big{name: "big interface"}
	defer v.recv()
	panic(32)
}

func bigPtrIface() {
	var v V = &Big{name: "big *Big interface"}
	defer v.recv()
	panic(33)
}

// Not recovered: the method is called by a method the deferred call names.
func indirect() {
	defer (&S{"indirect"}).plain()
	panic(34)
}

// Not recovered: the deferred closure calls the method value; the method value's wrapper
// is not the deferred call.
func wrapperCalled() {
	f := (&S{"wrapper called"}).rec
	var i I = &S{"interface called"}
	defer func() {
		f()
		i.rec()
	}()
	panic(35)
}

// Ordinary calls through wrappers: nothing to recover, and a later deferred call still
// recovers.
func ordinary() {
	var i I = OuterPtr{&S{"ordinary interface"}}
	i.rec()
	f := (&S{"ordinary method value"}).rec
	f()
	(*S).recv(&S{"ordinary method expr"})
	defer i.rec()
	panic(36)
}

// Run by a return, not a panic: a deferred method does not recover an outer panic.
func byReturn() {
	defer func() {
		var i I = &S{"by return"}
		defer i.rec()
	}()
	panic(37)
}

// N's rec says only whether it recovered something (gc's message for a nil pointer
// through a value-method wrapper depends on inlining).
type N struct{ name string }

func (n *N) rec() { fmt.Println(n.name, "recovered a panic:", recover() != nil) }

// A nil pointer through the value-method wrapper panics; the next deferred call recovers
// that panic.
func nilWrapper() {
	var i I = &N{"after nil wrapper"}
	defer i.rec()
	var p *S
	var v V = p
	defer v.recv()
	panic(38)
}

// `defer recover()` in a method deferred through wrappers.
func deferredRecoverIface() {
	var d D = OuterPtr{&S{"deferred recover through interface"}}
	defer d.deferRec()
	panic(40)
}

func deferredRecoverValue() {
	f := (&S{"deferred recover through method value"}).deferRec
	defer f()
	panic(41)
}

// Wrappers deferred in a loop.
func loop() {
	for k := 0; k < 2; k++ {
		var i I = OuterPtr{&S{fmt.Sprint("loop ", k)}}
		defer i.rec()
	}
	panic(39)
}

func wrap(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "left over:", r)
		}
	}()
	f()
}

func main() {
	tests := []struct {
		name string
		f    func()
	}{
		{"static", static}, {"valueRecv", valueRecv}, {"promoted", promoted},
		{"methodValue", methodValue}, {"iface", iface}, {"methodExpr", methodExpr},
		{"methodExprValue", methodExprValue}, {"methodExprPtrToValue", methodExprPtrToValue},
		{"methodValueOfValue", methodValueOfValue}, {"ifaceValueRecv", ifaceValueRecv},
		{"ifacePtrToValue", ifacePtrToValue}, {"ifacePromotedPtr", ifacePromotedPtr},
		{"ifacePromotedVal", ifacePromotedVal}, {"ifacePromotedValRecv", ifacePromotedValRecv},
		{"ifaceDeep", ifaceDeep}, {"promotedVal", promotedVal},
		{"methodValuePromoted", methodValuePromoted}, {"methodExprPromoted", methodExprPromoted},
		{"embeddedIface", embeddedIface}, {"embeddedIfaceViaIface", embeddedIfaceViaIface},
		{"embeddedIfaceMethodValue", embeddedIfaceMethodValue}, {"embeddingIface", embeddingIface},
		{"embeddingIfaceValue", embeddingIfaceValue}, {"ifaceMethodValue", ifaceMethodValue},
		{"ifaceMethodExpr", ifaceMethodExpr}, {"generic", generic}, {"genericValue", genericValue},
		{"genericIface", genericIface}, {"genericMethodValue", genericMethodValue},
		{"genericIfacePtrToValue", genericIfacePtrToValue}, {"bigValue", bigValue},
		{"bigIface", bigIface}, {"bigPtrIface", bigPtrIface}, {"indirect", indirect},
		{"wrapperCalled", wrapperCalled}, {"ordinary", ordinary}, {"byReturn", byReturn},
		{"nilWrapper", nilWrapper}, {"deferredRecoverIface", deferredRecoverIface},
		{"deferredRecoverValue", deferredRecoverValue}, {"loop", loop},
	}
	for _, t := range tests {
		wrap(t.name, t.f)
	}
}
