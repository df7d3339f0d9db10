package main

type Buf struct {
	data [200]byte
	n    int
}

var g Buf

func fill(b *Buf) {
	for i := range b.data {
		b.data[i] = byte(i)
	}
	b.n = len(b.data)
}

func sum(b Buf) int {
	s := 0
	for _, x := range b.data {
		s += int(x)
	}
	return s + b.n
}

func main() {
	fill(&g)
	c := g
	c.data[0] = 99
	println(sum(c), sum(g), g.data[0])
	arr := [50]int{}
	arr2 := arr
	arr2[5] = 1
	println(arr[5], arr2[5])
}
