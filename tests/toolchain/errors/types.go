package main

import "strings" // ERROR "\"strings\" imported (and |but )?not used"

func twice(x int) int { return 2 * x }

func main() {
	var s string = 5       // ERROR "cannot use 5"
	n := twice("x")        // ERROR "cannot use \"x\""
	println(undefinedName) // ERROR "(undefined|undeclared name): undefinedName"
	unused := 3            // ERROR "declared (and|but) not used"
	println(s, n)
	twice(1, 2) // ERROR "too many arguments"
}
