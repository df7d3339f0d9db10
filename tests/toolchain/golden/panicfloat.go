// exit: 2
// A panic with a value of a named float type: the only float type in the program reaches an
// interface through panic, so the runtime must keep its float printing for it.
package main

type Celsius float64

func check(t Celsius) {
	if t > 20 {
		panic(t)
	}
	println("fine")
}

func main() {
	check(10)
	check(21.5)
}
