// run

package main

func main() {
	const MB = 1 << 20
	b := make([]int32, 10, MB/4)
	_ = b
}
