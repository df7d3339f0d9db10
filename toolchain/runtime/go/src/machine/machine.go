// Package machine gives access to the board's pins. On emulated boards every change of an
// output is also reported to the host (docs/emulated-gpio.md), so an IDE can show it.
package machine

// Pin is a GPIO pin number of the board.
type Pin uint8

// NoPin means "no pin".
const NoPin = Pin(0xff)

// PinMode is the mode a pin is configured in.
type PinMode uint8

// Pin modes.
const (
	PinOutput PinMode = iota
	PinInput
	PinInputPullup
	PinInputPulldown
)

// PinConfig holds the configuration of a pin.
type PinConfig struct {
	Mode PinMode
}

func pinSet(pin uint32, high int32)
func pinGet(pin uint32) int32
func pinConfigure(pin uint32, mode uint32)

// Configure sets the pin's mode.
func (p Pin) Configure(config PinConfig) {
	if p == NoPin {
		return
	}
	pinConfigure(uint32(p), uint32(config.Mode))
}

// Set drives an output pin high (true) or low (false).
func (p Pin) Set(high bool) {
	if p == NoPin {
		return
	}
	var v int32
	if high {
		v = 1
	}
	pinSet(uint32(p), v)
}

// Get reads the pin's level: the input level of an input, the driven level of an output.
func (p Pin) Get() bool {
	if p == NoPin {
		return false
	}
	return pinGet(uint32(p)) != 0
}

// High drives the pin high.
func (p Pin) High() { p.Set(true) }

// Low drives the pin low.
func (p Pin) Low() { p.Set(false) }
