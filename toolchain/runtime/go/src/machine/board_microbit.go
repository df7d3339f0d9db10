//go:build microbit

package machine

// The BBC micro:bit v1 (nRF51822): pins are P0.0-P0.31. The 5x5 LED matrix has rows on
// P0.13-P0.15 and columns on P0.4-P0.12; LED is row 1 (with column 1 low, the top-left LED
// lights). Buttons A and B are on P0.17 and P0.26 (active low).
const (
	LED_ROW_1 Pin = 13
	LED_ROW_2 Pin = 14
	LED_ROW_3 Pin = 15
	LED_COL_1 Pin = 4
	LED_COL_2 Pin = 5
	LED_COL_3 Pin = 6
	LED_COL_4 Pin = 7
	LED_COL_5 Pin = 8
	LED_COL_6 Pin = 9
	LED_COL_7 Pin = 10
	LED_COL_8 Pin = 11
	LED_COL_9 Pin = 12
	BUTTONA   Pin = 17
	BUTTONB   Pin = 26
	LED           = LED_ROW_1
	BUTTON        = BUTTONA
)
