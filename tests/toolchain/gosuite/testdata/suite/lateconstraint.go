// run

// Copyright notice.

// +build !linux

package main

func main() {}
