// Package time is Marmot's time package for microcontrollers: monotonic time since reset,
// Sleep, Duration, Timer, Ticker and After, with the standard API for what it provides.
// The boards have no calendar clock: the clock starts at the Unix epoch (1970-01-01
// 00:00:00 UTC) at reset, and UTC is the only location.
package time

// A Time is an instant with nanosecond precision: nanoseconds since the Unix epoch, which
// on the board is the moment of reset.
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

// IsZero reports whether t is the zero Time. (Unlike gc's, Marmot's zero Time is the
// Unix epoch, the instant of reset.)
func (t Time) IsZero() bool { return t.ns == 0 }

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec} }

// UnixMilli returns the Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Time{msec * 1e6} }

// UnixMicro returns the Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Time{usec * 1e3} }

// Unix returns t as a Unix time in seconds.
func (t Time) Unix() int64 { return floorDiv(t.ns, 1e9) }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return floorDiv(t.ns, 1e6) }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return floorDiv(t.ns, 1e3) }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.ns }

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.ns - floorDiv(t.ns, 1e9)*1e9) }

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return Time{floorDiv(t.ns, int64(d)) * int64(d)}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
