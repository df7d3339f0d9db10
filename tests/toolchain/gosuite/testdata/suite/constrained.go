// +build amd64

// run

// Constrained to amd64: skipped on linux/arm.

package main

func main() {}
