//go:build linux && (arm || arm64) && !gc

// run

package main

func main() {}
