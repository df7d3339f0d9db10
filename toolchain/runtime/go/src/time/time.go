// Package time is Marmot's time package for microcontrollers: monotonic time since reset,
// Sleep, Duration, Timer, Ticker and After, the calendar, Format and Parse, with the
// standard API for what it provides, text and JSON forms included (not: locations other
// than UTC, binary and gob forms).
// The boards have no calendar clock: the clock starts at the Unix epoch (1970-01-01
// 00:00:00 UTC) at reset, and UTC is the only location.
package time

// A Time is an instant with nanosecond precision: sec seconds and ns nanoseconds after the
// zero time, January 1 of year 1, 00:00:00 UTC (so the zero value is that instant, as in gc).
// ns is not kept below a second: Now gives the Unix epoch's seconds and the nanoseconds since
// reset, with no division, and so does the runtime for the times timers send. Methods that
// need the calendar normalize first; Sub, Add and comparisons of such times stay cheap.
type Time struct {
	sec int64
	ns  int64
}

// Seconds from the zero time to the Unix epoch (1970-01-01), which on the board is reset.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func runtimeNano() int64

// Sleep pauses the current goroutine for at least d; other goroutines keep running.
// A negative or zero duration returns at once (after letting others run).
func Sleep(d Duration)

// Now returns the current time (time since the board started).
func Now() Time { return Time{unixToInternal, runtimeNano()} }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// norm returns t's seconds and its nanoseconds within the second, in [0, 1e9).
func (t Time) norm() (int64, int64) {
	q := floorDiv(t.ns, 1e9)
	return t.sec + q, t.ns - q*1e9
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Sub returns the duration t-u, saturated at the shortest and longest Duration.
func (t Time) Sub(u Time) Duration {
	if t.sec == u.sec { // times from Now: no division
		d := t.ns - u.ns
		if (d < t.ns) == (u.ns > 0) {
			return Duration(d)
		}
	}
	ts, tn := t.norm()
	us, un := u.norm()
	ds := ts - us
	if ds > int64(maxDuration/Second) || ds < int64(minDuration/Second) {
		if ts < us || ts == us && tn < un {
			return minDuration
		}
		return maxDuration
	}
	d := ds*1e9 + (tn - un)
	if ds > 0 && d < 0 {
		return maxDuration
	}
	if ds < 0 && d > 0 {
		return minDuration
	}
	return Duration(d)
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	if ns := t.ns + int64(d); (ns > t.ns) == (d > 0) {
		return Time{t.sec, ns}
	}
	s, n := t.norm()
	ds := int64(d / Second)
	n += int64(d % Second)
	if n < 0 {
		ds--
		n += 1e9
	} else if n >= 1e9 {
		ds++
		n -= 1e9
	}
	return Time{s + ds, n}
}

// compare returns -1, 0 or +1 as t is before, at or after u.
func (t Time) compare(u Time) int {
	var tn, un int64
	ts, us := t.sec, u.sec
	if ts == us {
		tn, un = t.ns, u.ns
	} else {
		ts, tn = t.norm()
		us, un = u.norm()
	}
	switch {
	case ts < us || ts == us && tn < un:
		return -1
	case ts > us || tn > un:
		return 1
	}
	return 0
}

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.compare(u) > 0 }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.compare(u) < 0 }

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool { return t.compare(u) == 0 }

// IsZero reports whether t is the zero time, January 1 of year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.compare(Time{}) == 0 }

// Unix returns the time sec seconds and nsec nanoseconds after the Unix epoch.
func Unix(sec int64, nsec int64) Time {
	q := floorDiv(nsec, 1e9)
	return Time{sec + q + unixToInternal, nsec - q*1e9}
}

// UnixMilli returns the time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as a Unix time in seconds.
func (t Time) Unix() int64 { s, _ := t.norm(); return s - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { s, n := t.norm(); return (s-unixToInternal)*1e3 + n/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { s, n := t.norm(); return (s-unixToInternal)*1e6 + n/1e3 }

// UnixNano returns t as a Unix time in nanoseconds (undefined beyond the years 1678-2262).
func (t Time) UnixNano() int64 { s, n := t.norm(); return (s-unixToInternal)*1e9 + n }

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { _, n := t.norm(); return int(n) }

// Truncate returns t rounded down to a multiple of d since the zero time (t itself when
// d <= 0).
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round returns t rounded to the nearest multiple of d since the zero time, halfway values
// up (t itself when d <= 0).
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// remainder returns t's time since the zero time modulo d (d > 0), rounding down for times
// before it. The nanosecond count s*1e9+n can exceed 64 bits, so the product is taken
// modulo d. (math/bits would do it faster, but importing it costs every program that uses
// time its package variables.)
func remainder(t Time, d Duration) Duration {
	s, n := t.norm()
	neg := s < 0
	if neg { // the time before the zero time: -(s*1e9+n)
		s, n = -s, -n
		if n < 0 {
			s--
			n += 1e9
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(s)%m, 1e9%m, m) + uint64(n)%m) % m
	if neg && r != 0 {
		r = uint64(d) - r
	}
	return Duration(r)
}

// mulMod returns a*b mod m for a, b < m < 2^63, one bit of b at a time (no value reaches
// 2^64).
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for i := 63; i >= 0; i-- {
		r = (r << 1) % m
		if b>>uint(i)&1 != 0 {
			r = (r + a) % m
		}
	}
	return r
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
