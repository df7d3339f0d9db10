//go:build !lm3s6965

package main

const (
	tickHz = 1000000
	reload = 1000
)

func startTimer() {
	println("this example drives the LM3S6965's timer: pick the cortex-m-qemu board")
}

func takeStats() (n, min, max, sum uint32) { return 0, 0, 0, 0 }
