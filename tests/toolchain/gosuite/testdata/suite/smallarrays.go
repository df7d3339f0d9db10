// run

package main

type Big struct {
	x [128 << 20]byte // a type: allocates nothing by itself
}

var p *[1 << 30]byte // a pointer: allocates nothing
var bp *Big
var small [1000]int32

func main() {
	q := new([2000]byte)
	_ = q
	_, _ = p, bp
}
