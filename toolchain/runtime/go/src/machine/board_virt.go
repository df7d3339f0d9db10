//go:build virt

package machine

// QEMU's RISC-V virt board has no GPIO: pins 0-63 are virtual, kept by the runtime and
// reported to the host. LED is pin 0, BUTTON pin 1.
const (
	LED    Pin = 0
	BUTTON Pin = 1
)
