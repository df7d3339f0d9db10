package time

// durationError is the error of ParseDuration. (gc's comes from errors.New; importing
// errors would make every program that uses time run errors' initialisation.)
type durationError string

func (e durationError) Error() string { return string(e) }

// ParseDuration parses a signed sequence of decimal numbers, each with an optional
// fraction and a unit: "300ms", "-1.5h", "2h45m". Units are ns, us (or µs), ms, s, m, h.
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := func() (Duration, error) { return 0, durationError("time: invalid duration " + quote(orig)) }
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	const limit = uint64(1) << 63
	var total uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return invalid()
		}
		// The whole part; digits past what fits make the duration invalid.
		var whole uint64
		n := 0
		for ; n < len(s) && s[n] >= '0' && s[n] <= '9'; n++ {
			if whole > (limit-1)/10 {
				return invalid()
			}
			whole = whole*10 + uint64(s[n]-'0')
			if whole > limit {
				return invalid()
			}
		}
		digitsBefore := n > 0
		s = s[n:]
		// The fraction: digits past 18 only count toward the scale until they stop fitting.
		var frac uint64
		scale := 1.0
		digitsAfter := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = 0
			fits := true
			for ; n < len(s) && s[n] >= '0' && s[n] <= '9'; n++ {
				if !fits {
					continue
				}
				if frac > (limit-1)/10 {
					fits = false
					continue
				}
				next := frac*10 + uint64(s[n]-'0')
				if next > limit {
					fits = false
					continue
				}
				frac = next
				scale *= 10
			}
			digitsAfter = n > 0
			s = s[n:]
		}
		if !digitsBefore && !digitsAfter {
			return invalid()
		}
		n = 0
		for n < len(s) && s[n] != '.' && (s[n] < '0' || s[n] > '9') {
			n++
		}
		if n == 0 {
			return 0, durationError("time: missing unit in duration " + quote(orig))
		}
		unit := unitOf(s[:n])
		if unit == 0 {
			return 0, durationError("time: unknown unit " + quote(s[:n]) + " in duration " + quote(orig))
		}
		s = s[n:]
		if whole > limit/unit {
			return invalid()
		}
		v := whole * unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > limit {
				return invalid()
			}
		}
		total += v
		if total > limit {
			return invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > limit-1 {
		return invalid()
	}
	return Duration(total), nil
}

// unitOf returns the nanoseconds of a duration unit, 0 for an unknown one.
func unitOf(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "\u00b5s", "\u03bcs": // micro sign or Greek mu
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// quote writes s in double quotes for an error message, bytes outside printable ASCII as
// \xNN and quotes and backslashes escaped.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}
