package machine

// UARTConfig configures a UART. The console UART of every board is set up by the runtime
// before main runs, so the values are accepted and ignored.
type UARTConfig struct {
	BaudRate uint32
	TX       Pin
	RX       Pin
}

// UART is a serial port. UART0 is the board's console: what println prints goes there too.
type UART struct {
	bus uint8
}

// UART0 is the console UART.
var UART0 = &UART{bus: 0}

// Serial is the default serial port (the console).
var Serial = UART0

type uartError string

func (e uartError) Error() string { return string(e) }

// ErrUARTBufferEmpty is returned by ReadByte when no byte has arrived.
const ErrUARTBufferEmpty = uartError("UART buffer empty")

func uartGetc() int32
func uartBuffered() int32
func uartPutc(c uint32)

// Configure sets up the UART (the console needs nothing).
func (u *UART) Configure(config UARTConfig) error { return nil }

// WriteByte sends one byte.
func (u *UART) WriteByte(c byte) error {
	uartPutc(uint32(c))
	return nil
}

// Write sends data.
func (u *UART) Write(data []byte) (n int, err error) {
	for _, c := range data {
		uartPutc(uint32(c))
	}
	return len(data), nil
}

// Buffered returns how many received bytes are waiting.
func (u *UART) Buffered() int { return int(uartBuffered()) }

// ReadByte returns the next received byte, or ErrUARTBufferEmpty when none is waiting.
func (u *UART) ReadByte() (byte, error) {
	c := uartGetc()
	if c < 0 {
		return 0, ErrUARTBufferEmpty
	}
	return byte(c), nil
}

// Read copies the bytes waiting into data (without waiting for more) and returns how many.
func (u *UART) Read(data []byte) (n int, err error) {
	for n < len(data) {
		c := uartGetc()
		if c < 0 {
			break
		}
		data[n] = byte(c)
		n++
	}
	return n, nil
}
