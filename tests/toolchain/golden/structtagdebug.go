package main

// A local of an unnamed struct type with tags: its DWARF type name holds quotes and
// backslashes, which the front end must escape as LLVM metadata wants.

import "fmt"

type P struct {
	A int    `json:"a"`
	B string `x:"\\n"`
}

func main() {
	var x struct {
		A int    `json:"a"`
		B string `x:"\\n"`
	}
	x.A, x.B = 3, "é"
	fmt.Println(x, P(x))
	fmt.Printf("%T\n", x)
}
