package main

type key struct {
	a int
	b string
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"], m["four"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zero"]
	println(v, ok)
	delete(m, "two")
	_, ok = m["two"]
	println(len(m), ok)
	sum := 0
	keys := 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	println(sum, keys)
	counts := make(map[int]int)
	for i := 0; i < 1000; i++ {
		counts[i%7]++
	}
	println(len(counts), counts[0], counts[6])
	sk := map[key]string{{1, "a"}: "x"}
	sk[key{2, "b"}] = "y"
	println(sk[key{1, "a"}], sk[key{2, "b"}], len(sk))
	var nilMap map[string]bool
	println(nilMap["x"], len(nilMap))
	for range nilMap {
		println("never")
	}
	fm := map[float64]int{1.5: 1}
	fm[2.5] = 2
	println(fm[1.5]+fm[2.5], fm[3])
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	println(len(nested["a"]))
	am := map[[2]int]bool{{1, 2}: true}
	println(am[[2]int{1, 2}], am[[2]int{2, 1}])
	big := map[int]string{}
	for i := 0; i < 200; i++ {
		big[i] = "v"
	}
	for i := 0; i < 200; i += 2 {
		delete(big, i)
	}
	println(len(big), big[1], big[2] == "")
	pm := map[*int]int{}
	x, y := 1, 2
	pm[&x] = 10
	pm[&y] = 20
	println(pm[&x], pm[&y])
	type S struct{ m map[string]int }
	s := S{m: map[string]int{}}
	s.m["k"] += 5
	s.m["k"] *= 3
	println(s.m["k"])
	im := map[interface{}]string{1: "int", "1": "string"}
	println(im[1], im["1"])
}
