// Blinky: toggles the board's LED every half second and says so on the serial console.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	for i := 0; ; i++ {
		led.High()
		println("LED on", i)
		time.Sleep(500 * time.Millisecond)
		led.Low()
		println("LED off", i)
		time.Sleep(500 * time.Millisecond)
	}
}
