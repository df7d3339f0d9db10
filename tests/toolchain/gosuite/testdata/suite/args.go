// run arg1 arg2

// Run with arguments: not selected.

package main

func main() {}
