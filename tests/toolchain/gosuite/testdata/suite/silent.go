// run

// A run test without a .out file must print nothing and exit 0.

package main

func main() {}
