package main

var (
	g8  int8   = 127
	gu8 uint8  = 255
	g16 int16  = -32768
	g32 int32  = 2147483647
	g64 int64  = -9223372036854775808
	gu  uint64 = 18446744073709551615
)

func div(a, b int) (int, int) { return a / b, a % b }

func shifts(x int32, n uint) (int32, int32, uint32) {
	return x << n, x >> n, uint32(x) >> n
}

func main() {
	println(g8+1, gu8+1, g16-1, g32+1, g64-1, gu+1)
	var mi8, m1 int8 = -128, -1
	println(mi8/m1 == -128, mi8%m1)
	var m int32 = -2147483648
	var neg int32 = -1
	println(m/neg, m%neg)
	q, r := div(-7, 2)
	println(q, r)
	q, r = div(7, -2)
	println(q, r)
	for _, n := range []uint{0, 1, 31, 32, 33, 100} {
		a, b, c := shifts(-8, n)
		println(n, a, b, c)
	}
	var big uint64 = 1 << 63
	println(big, big>>63, int64(big)>>70)
	var u16 uint16 = 65535
	u16 *= u16
	println(u16)
	var i64 int64 = 1e18
	println(i64*10, i64/7, -i64%7)
	var x uint32 = 0xdeadbeef
	println(x&^0xffff, x|1, x^x, ^x)
	println(true, false, !true, 3 < 4, "a" < "b")
	var s8 int8 = -5
	println(uint8(s8), int64(s8), uint32(s8), int16(uint8(200)))
	const huge = 1 << 100
	println(huge>>98, uint64(huge>>40))
	println(0x7fffffff+int64(1), -0x80000000-int64(1))
}
