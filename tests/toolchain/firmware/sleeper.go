// Sleeps and blinks without starting a goroutine: time.Sleep need not go through the
// scheduler.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for i := 0; i < 3; i++ {
		led.High()
		time.Sleep(10 * time.Millisecond)
		led.Low()
		time.Sleep(10 * time.Millisecond)
	}
	println("done")
}
