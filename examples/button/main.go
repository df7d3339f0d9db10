// Button: the LED lights while the board's button is held; press it on the virtual board.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	button := machine.BUTTON
	button.Configure(machine.PinConfig{Mode: machine.PinInputPullup})
	println("press the button")
	last := false
	for {
		pressed := !button.Get() // the button pulls the pin low
		if pressed != last {
			led.Set(pressed)
			if pressed {
				println("pressed")
			} else {
				println("released")
			}
			last = pressed
		}
		time.Sleep(10 * time.Millisecond)
	}
}
