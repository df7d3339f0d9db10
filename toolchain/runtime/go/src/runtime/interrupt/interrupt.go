// Package interrupt controls interrupts: disabling them around critical sections, and
// handlers written in Go for the chip's external interrupts (Cortex-M NVIC lines 0-47, the
// RISC-V virt board's PLIC sources 1-63).
package interrupt

// State is the interrupt state saved by Disable.
type State uintptr

func disable() uint32
func restore(state uint32)
func enableIRQ(irq int32)

// registerHandler (C) stores the handler for the interrupt vector, which calls it.
func registerHandler(irq int32, handler *func(int))

// Disable disables all interrupts and returns the previous state, for Restore.
func Disable() State { return State(disable()) }

// Restore restores the interrupt state saved by Disable.
func Restore(state State) { restore(uint32(state)) }

// Interrupt is an external interrupt line with a Go handler.
type Interrupt struct {
	num int
}

// New registers handler for the external interrupt irq. Call Enable to unmask it.
// The handler runs in interrupt context: it must not block, allocate or print.
func New(irq int, handler func(Interrupt)) Interrupt {
	h := new(func(int))
	*h = func(n int) { handler(Interrupt{num: n}) }
	registerHandler(int32(irq), h)
	return Interrupt{num: irq}
}

// Enable unmasks the interrupt line.
func (i Interrupt) Enable() error {
	enableIRQ(int32(i.num))
	return nil
}

// GetNumber returns the interrupt line.
func (i Interrupt) GetNumber() int { return i.num }
