// run

package main

const (
	KiB = 1 << 10
	N   = 40 * KiB
)

var buf [N]byte

func main() { buf[0] = 1 }
