// Start-up cost: the count runs from reset to the first instruction of main.main.
package main

func main() {
	println("started")
}
