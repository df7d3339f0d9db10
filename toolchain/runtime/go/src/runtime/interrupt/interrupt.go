// Package interrupt controls interrupts: disabling them around critical sections, and
// handlers written in Go for the chip's external interrupts (Cortex-M NVIC lines).
package interrupt

// State is the interrupt state saved by Disable.
type State uintptr

func disable() uint32
func restore(state uint32)
func enableIRQ(irq int32)

// Disable disables all interrupts and returns the previous state, for Restore.
func Disable() State { return State(disable()) }

// Restore restores the interrupt state saved by Disable.
func Restore(state State) { restore(uint32(state)) }

// maxIRQ is the number of external interrupt lines the runtime's vector table routes.
const maxIRQ = 48

var handlers [maxIRQ]func(Interrupt)

// Interrupt is an external interrupt line with a Go handler.
type Interrupt struct {
	num int
}

// New registers handler for the external interrupt irq. Call Enable to unmask it. The
// handler runs in interrupt context: it must not block, allocate or print.
func New(irq int, handler func(Interrupt)) Interrupt {
	if irq >= 0 && irq < maxIRQ {
		handlers[irq] = handler
	}
	return Interrupt{num: irq}
}

// Enable unmasks the interrupt line.
func (i Interrupt) Enable() error {
	enableIRQ(int32(i.num))
	return nil
}

// GetNumber returns the interrupt line.
func (i Interrupt) GetNumber() int { return i.num }

// callHandler is called by the runtime's interrupt vector for external interrupt irq.
func callHandler(irq int32) {
	if irq >= 0 && irq < maxIRQ {
		if h := handlers[irq]; h != nil {
			h(Interrupt{num: int(irq)})
		}
	}
}

var _ = callHandler
