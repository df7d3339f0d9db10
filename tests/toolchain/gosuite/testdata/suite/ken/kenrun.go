// run

package main

func main() { println("ken") }
