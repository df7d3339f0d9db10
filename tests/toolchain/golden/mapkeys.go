// Map keys that are equal but distinguishable: an assignment stores the key as well, so
// m[-0.0] after m[0.0] leaves the key -0 (floats, and floats in interfaces and arrays); NaN
// keys never match. And math/bits' Div64 panics with runtime errors.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"sort"
)

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]int{0: 1}
	m[negz] = 2
	m[math.NaN()] = 3
	m[math.NaN()] = 4
	var keys []float64
	for k := range m {
		if k == k {
			keys = append(keys, k)
		}
	}
	sort.Float64s(keys)
	fmt.Println(len(m), keys, m[0])
	im := map[interface{}]string{0.0: "a"}
	im[negz] = "b"
	ak := map[[2]float64]bool{{0, 1}: true}
	ak[[2]float64{negz, 1}] = false
	for k, v := range im {
		fmt.Println(k, v)
	}
	for k, v := range ak {
		fmt.Println(k, v)
	}
	try := func(hi, lo, y uint64) {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(bits.Div64(hi, lo, y))
	}
	try(1, 0, 3)
	try(0, 1, 0)
	try(5, 1, 3)
}
