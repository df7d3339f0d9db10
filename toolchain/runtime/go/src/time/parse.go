package time

// Parsing by example layout, as Go's time.Parse (format.go has the layout elements). The
// board keeps every time in UTC: a zone offset in the value moves the instant to UTC, and a
// zone name is read but changes nothing (gc would keep the zone for printing).

// ParseError describes a value that does not match its layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the message gc gives for the same failure.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// Parse reads value written as layout shows the reference time
// Mon Jan 2 15:04:05 MST 2006. Missing parts are zero (January 1 for the date).
func Parse(layout, value string) (Time, error) { return parseLayout(layout, value) }

// ParseInLocation is Parse: times on the board have no location other than UTC.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseLayout(layout, value)
}

var shortDayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var shortMonthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func parseLayout(layout, value string) (Time, error) {
	fail := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: layoutElem, ValueElem: valueElem, Message: message}
	}
	rest := value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	am, pm := false, false
	offset := 0 // seconds east of UTC
	for i := 0; ; {
		kind, start, end, digits := nextElement(layout, i)
		var ok bool
		if rest, ok = skipLiteral(rest, layout[i:start]); !ok {
			return fail(layout[i:start], rest, "")
		}
		if kind == elemNone {
			if rest != "" {
				return fail("", rest, ": extra text: "+quote(rest))
			}
			break
		}
		i = end
		elem := layout[start:end]
		bad := false
		outOfRange := ""
		switch kind {
		case elemYear:
			n, r, good := fixedDigits(rest, 2)
			if bad = !good; !bad {
				rest = r
				year = n + 2000
				if n >= 69 {
					year = n + 1900
				}
			}
		case elemLongYear:
			if bad = len(rest) < 4 || !isDigit(rest[0]); !bad {
				var good bool
				year, _, good = fixedDigits(rest, 4)
				rest, bad = rest[4:], !good // gc reports what follows the four characters
			}
		case elemMonth, elemLongMonth:
			names := shortMonthNames[:]
			if kind == elemLongMonth {
				names = monthNames[:]
			}
			var k int
			k, rest, bad = lookupName(names, rest)
			month = k + 1
		case elemWeekday, elemLongWeekday:
			names := shortDayNames[:]
			if kind == elemLongWeekday {
				names = dayNames[:]
			}
			_, rest, bad = lookupName(names, rest)
		case elemNumMonth, elemZeroMonth:
			month, rest, bad = number(rest, kind == elemZeroMonth)
			if !bad && (month < 1 || month > 12) {
				outOfRange = "month"
			}
		case elemDay, elemUnderDay, elemZeroDay:
			if kind == elemUnderDay && rest != "" && rest[0] == ' ' {
				rest = rest[1:]
			}
			day, rest, bad = number(rest, kind == elemZeroDay) // checked against the month at the end
		case elemUnderYearDay, elemZeroYearDay:
			for k := 0; k < 2 && kind == elemUnderYearDay && rest != "" && rest[0] == ' '; k++ {
				rest = rest[1:]
			}
			n := 0
			for n < 3 && n < len(rest) && isDigit(rest[n]) {
				n++
			}
			if bad = n == 0 || kind == elemZeroYearDay && n != 3; !bad {
				yday, _, _ = fixedDigits(rest, n)
				rest = rest[n:]
			}
		case elemHour:
			hour, rest, bad = number(rest, false)
			if hour < 0 || hour >= 24 {
				outOfRange = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, rest, bad = number(rest, kind == elemZeroHour12)
			if hour < 0 || hour > 12 {
				outOfRange = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, rest, bad = number(rest, kind == elemZeroMinute)
			if min < 0 || min >= 60 {
				outOfRange = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, rest, bad = number(rest, kind == elemZeroSecond)
			if bad {
				break
			}
			if sec < 0 || sec >= 60 {
				outOfRange = "second"
				break
			}
			// A fraction in the value that the layout does not ask for is read here.
			if len(rest) >= 2 && (rest[0] == '.' || rest[0] == ',') && isDigit(rest[1]) {
				if next, _, _, _ := nextElement(layout, i); next != elemFracFixed && next != elemFracTrimmed {
					n := 2
					for n < len(rest) && isDigit(rest[n]) {
						n++
					}
					nsec, outOfRange, bad = fraction(rest, n)
					rest = rest[n:]
				}
			}
		case elemPM, elempm:
			am, pm, bad = false, false, len(rest) < 2
			if !bad {
				upper := kind == elemPM
				switch p := rest[:2]; {
				case upper && p == "PM", !upper && p == "pm":
					pm = true
				case upper && p == "AM", !upper && p == "am":
					am = true
				default:
					bad = true
				}
				rest = rest[2:]
			}
		case elemNumZone, elemISOZone:
			form := elem[1:]
			if kind == elemISOZone && rest != "" && rest[0] == 'Z' && (form == "07:00" || form == "0700" || form == "07") {
				rest = rest[1:]
				offset = 0
				break
			}
			if bad = len(rest) < 1+len(form) || (rest[0] != '+' && rest[0] != '-'); bad {
				break
			}
			// The value has the form's shape: two digits for each pair, colons where it has colons.
			var parts [3]int
			digits := rest[1 : 1+len(form)]
			for k, p := 0, 0; k < len(form) && !bad; {
				if form[k] == ':' {
					bad = digits[k] != ':'
					k++
					continue
				}
				n, _, good := fixedDigits(digits[k:], 2)
				parts[p], bad = n, !good
				p, k = p+1, k+2
			}
			if bad {
				break
			}
			offset = (parts[0]*60+parts[1])*60 + parts[2]
			if rest[0] == '-' {
				offset = -offset
			}
			rest = rest[1+len(form):]
		case elemZoneName:
			if len(rest) >= 3 && rest[:3] == "UTC" {
				rest = rest[3:]
				break
			}
			n := zoneNameLength(rest)
			rest, bad = rest[n:], n == 0
		case elemFracFixed:
			n := 1 + digits
			if bad = len(rest) < n; !bad {
				nsec, outOfRange, bad = fraction(rest, n)
				rest = rest[n:]
			}
		case elemFracTrimmed:
			if len(rest) < 2 || (rest[0] != '.' && rest[0] != ',') || !isDigit(rest[1]) {
				break // the fraction may be left out
			}
			n := 1
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
			nsec, outOfRange, bad = fraction(rest, n)
			rest = rest[n:]
		}
		if outOfRange != "" {
			return fail(elem, rest, ": "+outOfRange+" out of range")
		}
		if bad {
			return fail(elem, rest, "")
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		leap := isLeap(year)
		if yday < 1 || yday > 365 && !(leap && yday == 366) {
			return fail("", "", ": day-of-year out of range")
		}
		d := Date(year, January, yday, 0, 0, 0, 0, UTC)
		_, m, dd := d.Date()
		if month >= 0 && month != int(m) {
			return fail("", "", ": day-of-year does not match month")
		}
		if day >= 0 && day != dd {
			return fail("", "", ": day-of-year does not match day")
		}
		month, day = int(m), dd
	}
	if month < 0 {
		month = int(January)
	}
	if day < 0 {
		day = 1
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", "", ": day out of range")
	}
	t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
	return t.Add(Duration(-offset) * Second), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

func daysIn(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// skipLiteral removes the layout's literal text from the front of value; a space in the
// layout matches any run of spaces (and none only where the value has no space either).
func skipLiteral(value, literal string) (string, bool) {
	for literal != "" {
		if literal[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			for literal != "" && literal[0] == ' ' {
				literal = literal[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != literal[0] {
			return value, false
		}
		literal, value = literal[1:], value[1:]
	}
	return value, true
}

// fixedDigits reads exactly n digits.
func fixedDigits(s string, n int) (int, string, bool) {
	if len(s) < n {
		return 0, s, false
	}
	v := 0
	for k := 0; k < n; k++ {
		if !isDigit(s[k]) {
			return 0, s, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, s[n:], true
}

// number reads two digits when fixed, else one or two; bad reports a failure.
func number(s string, fixed bool) (int, string, bool) {
	if s == "" || !isDigit(s[0]) {
		return 0, s, true
	}
	if len(s) < 2 || !isDigit(s[1]) {
		if fixed {
			return 0, s, true
		}
		return int(s[0] - '0'), s[1:], false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], false
}

// lookupName matches one of names at the front of s, ignoring ASCII case.
func lookupName(names []string, s string) (int, string, bool) {
	for k, name := range names {
		if len(s) >= len(name) && equalFoldASCII(s[:len(name)], name) {
			return k, s[len(name):], false
		}
	}
	return -1, s, true
}

func equalFoldASCII(a, b string) bool {
	for k := 0; k < len(a); k++ {
		x, y := a[k], b[k]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// fraction reads the separator and digits of s[:n] as nanoseconds (digits past the ninth
// are dropped).
func fraction(s string, n int) (nsec int, outOfRange string, bad bool) {
	if s[0] != '.' && s[0] != ',' {
		return 0, "", true
	}
	if n > 10 {
		n = 10
	}
	for k := 1; k < n; k++ {
		if !isDigit(s[k]) {
			return 0, "", true
		}
		nsec = nsec*10 + int(s[k]-'0')
	}
	for k := n; k < 10; k++ {
		nsec *= 10
	}
	return nsec, "", false
}

// zoneNameLength returns the length of the zone abbreviation at the front of s ("PST",
// "CEST", "ChST", "GMT+3"), or 0 when there is none.
func zoneNameLength(s string) int {
	if len(s) < 3 {
		return 0
	}
	if len(s) >= 4 && (s[:4] == "ChST" || s[:4] == "MeST") {
		return 4
	}
	if s[:3] == "GMT" {
		return 3 + signedHours(s[3:])
	}
	if s[0] == '+' || s[0] == '-' {
		return signedHours(s)
	}
	upper := 0
	for upper < 6 && upper < len(s) && s[upper] >= 'A' && s[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3
	case 4:
		if s[3] == 'T' || s[:4] == "WITA" {
			return 4
		}
	case 5:
		if s[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedHours returns the length of "+H" or "-HH" (at most 23 hours) at the front of s.
func signedHours(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	n, v := 1, 0
	for n < len(s) && isDigit(s[n]) && v <= 23 {
		v = v*10 + int(s[n]-'0')
		n++
	}
	if n == 1 || v > 23 {
		return 0
	}
	return n
}
