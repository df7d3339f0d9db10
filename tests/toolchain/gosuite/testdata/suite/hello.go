// run

// Copyright notice would go here.

package main

func main() {
	println("hello")
	println(1 + 2)
}
