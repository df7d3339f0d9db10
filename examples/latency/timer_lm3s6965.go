//go:build lm3s6965

// General-purpose timer 0 of the LM3S6965: periodic, interrupt on time-out (IRQ 19).
package main

import (
	"runtime/interrupt"
	"runtime/volatile"
	"unsafe"
)

const (
	tickHz    = 12000000 // the timer runs on the 12 MHz system clock
	reload    = tickHz / 1000
	timer0    = 0x40030000
	rcgc1     = 0x400FE104
	timer0IRQ = 19
)

func reg(addr uintptr) *volatile.Register32 { return (*volatile.Register32)(unsafe.Pointer(addr)) }

var (
	count, minTicks, maxTicks, sumTicks uint32
)

func startTimer() {
	reg(rcgc1).SetBits(1 << 16) // clock the timer
	reg(timer0 + 0x00C).Set(0)  // GPTMCTL: off while configuring
	reg(timer0 + 0x000).Set(0)  // GPTMCFG: one 32-bit timer
	reg(timer0 + 0x004).Set(2)  // GPTMTAMR: periodic
	reg(timer0 + 0x028).Set(reload - 1)
	reg(timer0 + 0x018).Set(1) // GPTMIMR: time-out interrupt
	minTicks = ^uint32(0)
	interrupt.New(timer0IRQ, func(interrupt.Interrupt) {
		// The timer counts down from reload-1 and reloads when it fires: what it has counted
		// since then is the latency to this first line of the handler.
		elapsed := reload - 1 - reg(timer0+0x048).Get()
		reg(timer0 + 0x024).Set(1) // GPTMICR: acknowledge
		count++
		sumTicks += elapsed
		if elapsed < minTicks {
			minTicks = elapsed
		}
		if elapsed > maxTicks {
			maxTicks = elapsed
		}
	}).Enable()
	reg(timer0 + 0x00C).Set(1) // GPTMCTL: go
}

// takeStats returns and resets the figures, with interrupts off so they are consistent.
func takeStats() (n, min, max, sum uint32) {
	state := interrupt.Disable()
	n, min, max, sum = count, minTicks, maxTicks, sumTicks
	count, minTicks, maxTicks, sumTicks = 0, ^uint32(0), 0, 0
	interrupt.Restore(state)
	return
}
