package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	println(len(a), a[4], a[2])
	b := a
	b[0] = 100
	println(a[0], b[0], a == b, a != b)
	s := a[1:4]
	println(len(s), cap(s), s[0], s[2])
	s = append(s, 42)
	println(a[4], len(s), cap(s))
	s = append(s, 43)
	println(len(s), cap(s) >= 5, s[3], s[4])
	var nilS []int
	println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, 1, 2, 3)
	println(nilS != nil, len(nilS), sum(nilS...), sum(), sum(1, 2))
	m := make([]string, 2, 10)
	m[1] = "x"
	println(len(m), cap(m), m[0] == "", m[1])
	c := make([]int, 3)
	n := copy(c, []int{7, 8, 9, 10})
	println(n, c[0], c[1], c[2])
	three := c[0:1:2]
	println(len(three), cap(three))
	bs := append([]byte("hello "), "world"...)
	println(string(bs))
	n = copy(bs, "HE")
	println(n, string(bs))
	grid := [][]int{{1, 2}, {3, 4, 5}}
	grid[1] = append(grid[1], 6)
	println(len(grid), len(grid[1]), grid[1][3])
	var arr2 [2][3]int
	arr2[1][2] = 5
	println(arr2[1][2], len(arr2[0]))
	p := &arr2[1]
	p[0] = 9
	println(arr2[1][0])
	ps := p[:]
	println(len(ps), ps[2])
	x := []int{1, 2, 3, 4, 5}
	copy(x[1:], x)
	println(x[0], x[1], x[2], x[3], x[4])
	st := []struct{ a, b int }{{1, 2}, {3, 4}}
	st = append(st, struct{ a, b int }{5, 6})
	println(st[2].a+st[2].b, len(st))
	big := make([]int, 0)
	for i := 0; i < 100; i++ {
		big = append(big, i)
	}
	println(len(big), big[99], sum(big...))
	arr := [...]int{5: 1, 2}
	println(len(arr), arr[6])
	sl := x[:0]
	println(len(sl), cap(sl))
	ap := (*[2]int)(x)
	println(ap[1])
}
