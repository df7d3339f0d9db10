// Package time is Marmot's time package for microcontrollers: monotonic time since reset,
// Sleep, Duration, Timer, Ticker and After, with the standard API for what it provides.
// There is no wall clock and no time zone: a Time counts nanoseconds since the board
// started.
package time

// A Time is an instant, measured on the board's monotonic clock since reset.
type Time struct {
	ns int64
}

func runtimeNano() int64

// Sleep pauses the current goroutine for at least d; other goroutines keep running.
// A negative or zero duration returns at once (after letting others run).
func Sleep(d Duration)

// Now returns the current time (time since the board started).
func Now() Time { return Time{runtimeNano()} }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration { return Duration(t.ns - u.ns) }

// Add returns the time t+d.
func (t Time) Add(d Duration) Time { return Time{t.ns + int64(d)} }

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.ns > u.ns }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.ns < u.ns }

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool { return t.ns == u.ns }

// IsZero reports whether t is the zero Time (the instant of reset).
func (t Time) IsZero() bool { return t.ns == 0 }

// String returns the time since reset, for example "since boot +1.5s".
func (t Time) String() string { return "since boot +" + Duration(t.ns).String() }
