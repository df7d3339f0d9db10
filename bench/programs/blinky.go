// Benchmark blinky: toggle the LED with time.Sleep, nothing else (no console output),
// so flash and RAM compare with the C reference and TinyGo's published figures.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for {
		led.High()
		time.Sleep(500 * time.Millisecond)
		led.Low()
		time.Sleep(500 * time.Millisecond)
	}
}
