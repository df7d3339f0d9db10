package main

import "unsafe"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var f32 float32 = 1.5
	var f64 float64 = 2.25
	println(f32*2, f64/3, f32+float32(f64))
	println(float64(int64(1)<<53), int(f64*10), uint8(f32*100))
	var z float64
	println(1/z > 1e308, -1/z < -1e308, z/z == z/z)
	c := complex(1, 2)
	d := complex(3, -1)
	println(c*d, c/d, real(c*d), imag(c+d))
	var c64 complex64 = complex64(c)
	println(c64, c == d, c == complex(1, 2))
	println(3.0/2, 7/2, float32(1)/3)
	x := 0.1
	y := 0.2
	println(x+y == 0.3, x+y)
	neg, pos := -3.9, 3.9
	println(int32(neg), uint32(pos), int64(-1e10))
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	println(v, ok)
	p := Pair[string, int]{"k", 1}
	println(p.Key, p.Val)
	println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	var arr [4]int32
	ptr := unsafe.Pointer(&arr[0])
	p2 := (*int32)(unsafe.Add(ptr, 8))
	*p2 = 42
	println(arr[2], unsafe.Sizeof(arr), unsafe.Sizeof(f32), unsafe.Sizeof(c))
	u := uintptr(ptr)
	p3 := (*int32)(unsafe.Pointer(u + 4))
	*p3 = 7
	println(arr[1])
	sl := unsafe.Slice(&arr[0], 3)
	println(len(sl), sl[2])
	const big = 1e300 * 1e300 / 1e300
	println(big)
	println(float32(16777217), float64(float32(0.1)))
	n := -0.0
	println(n, 1e-7, 123456789.0, 1e21)
}
