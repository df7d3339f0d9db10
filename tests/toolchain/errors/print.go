package main

func main() {
	println([2]int{1, 2}) // ERROR "illegal types for operand: print"
	println(1, "ok")
}
