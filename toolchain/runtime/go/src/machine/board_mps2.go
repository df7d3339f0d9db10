//go:build mps2

package machine

// The Arm MPS2 AN386: pins 0 and 1 are the two user LEDs of the FPGA I/O block, pins 2
// and 3 its two user push buttons.
const (
	LED0    Pin = 0
	LED1    Pin = 1
	BUTTON0 Pin = 2
	BUTTON1 Pin = 3
	LED         = LED0
	BUTTON      = BUTTON0
)
