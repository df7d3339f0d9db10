// Blinks slowly and never reads the clock: 2 seconds of sleeping in all (one sleep longer
// than the 4.3 s a single compare of the nRF51's sleep covers would make the test slow;
// 1.5 s still takes the 64-bit path of the conversion on every board).
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
