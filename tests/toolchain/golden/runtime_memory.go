package main

import "runtime"

type node struct {
	next *node
	val  [4]int
}

var finalized int

// sink keeps each new node past its iteration, so it is a real heap object (one nothing
// reads would be deleted by the optimiser) and the previous one becomes garbage.
var sink *node

func churn(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := &node{val: [4]int{i, i, i, i}}
		sink = p
		sum += p.val[2]
	}
	if sink == nil {
		println("no node")
	}
	return sum
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	println("churn", churn(5000))
	keep := &node{}
	for i := 0; i < 100; i++ {
		keep = &node{next: keep, val: [4]int{i}}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	println("collected:", after.NumGC > before.NumGC)
	println("frees counted:", after.Frees > before.Frees)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	println("kept", n)

	// Maps grow, shrink and keep their entries through collections.
	m := map[int]string{}
	for i := 0; i < 120; i++ {
		m[i] = string(rune('a' + i%26))
		if i%3 == 0 {
			delete(m, i/2)
		}
	}
	runtime.GC()
	total := 0
	for k, v := range m {
		total += k + int(v[0])
	}
	println("map", len(m), total)

	// Finalizers run after their objects become unreachable.
	makeGarbage()
	churn(100)
	for i := 0; i < 20 && finalized == 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	println("finalized:", finalized > 0)
}

func makeGarbage() {
	for i := 0; i < 10; i++ {
		x := &node{}
		runtime.SetFinalizer(x, func(*node) { finalized++ })
	}
}
