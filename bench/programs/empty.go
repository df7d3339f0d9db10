// Start-up cost: an empty main.
package main

func main() {}
