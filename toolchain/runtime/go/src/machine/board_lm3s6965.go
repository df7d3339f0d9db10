//go:build lm3s6965

package machine

// Pins of the TI LM3S6965 are numbered port*8+bit: PA0 = 0 ... PG7 = 55.
const (
	PA0 Pin = 0
	PB0 Pin = 8
	PC0 Pin = 16
	PD0 Pin = 24
	PE0 Pin = 32
	PF0 Pin = 40
	PG0 Pin = 48
)

// The EK-LM3S6965 board: the user LED on PF0, the select button on PF1, the navigation
// buttons on PE0-PE3.
const (
	LED       = PF0
	BUTTON    = PF0 + 1
	BUTTON_UP = PE0
)
