// Sleeps and blinks without starting a goroutine or reading the clock: time.Sleep need not
// go through the scheduler, and the board keeps no time. 2 seconds of sleep in all; 1.5 s
// at once takes the 64-bit path of the nRF51's nanosecond conversion.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for i := 0; i < 2; i++ {
		led.High()
		time.Sleep(125 * time.Millisecond)
		led.Low()
		time.Sleep(125 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond)
	println("done")
}
