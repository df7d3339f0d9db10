package time

// Formatting by example layout, as Go's time.Format: the layout is the reference time
// Mon Jan 2 15:04:05 MST 2006 written the way t should be. Every time on the board is in
// UTC, so zones print as "UTC", "+0000" or "Z". Parsing by layout (time.Parse) is not here.

// Layouts of the standard library.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The elements of a layout.
const (
	elemNone = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekday
	elemWeekday
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemZoneName // MST
	elemNumZone  // -0700 and its variants: an offset, +0000 for UTC
	elemISOZone  // Z07:00 and its variants: "Z" for UTC
	elemFracFixed
	elemFracTrimmed
)

// nextElement finds the first layout element in layout[from:]: its kind, where it starts
// and ends, and for fractions the number of digits.
func nextElement(layout string, from int) (kind, start, end, digits int) {
	for i := from; i < len(layout); i++ {
		rest := layout[i:]
		has := func(s string) bool { return len(rest) >= len(s) && rest[:len(s)] == s }
		switch c := layout[i]; c {
		case 'J':
			if has("January") {
				return elemLongMonth, i, i + 7, 0
			}
			if has("Jan") && !lowerAt(rest, 3) { // "Janet" is text
				return elemMonth, i, i + 3, 0
			}
		case 'M':
			if has("Monday") {
				return elemLongWeekday, i, i + 6, 0
			}
			if has("Mon") && !lowerAt(rest, 3) {
				return elemWeekday, i, i + 3, 0
			}
			if has("MST") {
				return elemZoneName, i, i + 3, 0
			}
		case '0':
			if len(rest) >= 2 && rest[1] >= '1' && rest[1] <= '6' {
				kinds := [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}
				return kinds[rest[1]-'1'], i, i + 2, 0
			}
			if has("002") {
				return elemZeroYearDay, i, i + 3, 0
			}
		case '1':
			if has("15") {
				return elemHour, i, i + 2, 0
			}
			return elemNumMonth, i, i + 1, 0
		case '2':
			if has("2006") {
				return elemLongYear, i, i + 4, 0
			}
			return elemDay, i, i + 1, 0
		case '_':
			if has("_2") {
				if has("_2006") { // a literal underscore, then the year
					return elemLongYear, i + 1, i + 5, 0
				}
				return elemUnderDay, i, i + 2, 0
			}
			if has("__2") {
				return elemUnderYearDay, i, i + 3, 0
			}
		case '3':
			return elemHour12, i, i + 1, 0
		case '4':
			return elemMinute, i, i + 1, 0
		case '5':
			return elemSecond, i, i + 1, 0
		case 'P':
			if has("PM") {
				return elemPM, i, i + 2, 0
			}
		case 'p':
			if has("pm") {
				return elempm, i, i + 2, 0
			}
		case '-', 'Z':
			kind := elemNumZone
			if c == 'Z' {
				kind = elemISOZone
			}
			for _, form := range [...]string{"070000", "07:00:00", "0700", "07:00", "07"} {
				if has(string(c) + form) {
					return kind, i, i + 1 + len(form), 0
				}
			}
		case '.', ',':
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if j == len(rest) || rest[j] < '0' || rest[j] > '9' {
					if rest[1] == '0' {
						return elemFracFixed, i, i + j, j - 1
					}
					return elemFracTrimmed, i, i + j, j - 1
				}
			}
		}
	}
	return elemNone, len(layout), len(layout), 0
}

func lowerAt(s string, i int) bool { return i < len(s) && s[i] >= 'a' && s[i] <= 'z' }

// Format returns t written as layout shows the reference time.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for i := 0; i < len(layout); {
		kind, start, end, digits := nextElement(layout, i)
		b = append(b, layout[i:start]...)
		if kind == elemNone {
			break
		}
		i = end
		switch kind {
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemNumMonth:
			b = appendInt(b, int64(month), 1)
		case elemZeroMonth:
			b = appendInt(b, int64(month), 2)
		case elemLongWeekday:
			b = append(b, t.Weekday().String()...)
		case elemWeekday:
			b = append(b, t.Weekday().String()[:3]...)
		case elemDay:
			b = appendInt(b, int64(day), 1)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, int64(day), 1)
		case elemZeroDay:
			b = appendInt(b, int64(day), 2)
		case elemUnderYearDay:
			yday := t.YearDay()
			if yday < 100 {
				b = append(b, ' ')
			}
			if yday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, int64(yday), 1)
		case elemZeroYearDay:
			b = appendInt(b, int64(t.YearDay()), 3)
		case elemHour:
			b = appendInt(b, int64(hour), 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 1
			if kind == elemZeroHour12 {
				width = 2
			}
			b = appendInt(b, int64(h), width)
		case elemMinute:
			b = appendInt(b, int64(min), 1)
		case elemZeroMinute:
			b = appendInt(b, int64(min), 2)
		case elemSecond:
			b = appendInt(b, int64(sec), 1)
		case elemZeroSecond:
			b = appendInt(b, int64(sec), 2)
		case elemLongYear:
			b = appendInt(b, int64(year), 4)
		case elemYear:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendInt(b, int64(y), 2)
		case elemPM, elempm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if kind == elempm {
				s = string([]byte{s[0] + 'a' - 'A', 'm'})
			}
			b = append(b, s...)
		case elemZoneName:
			b = append(b, "UTC"...)
		case elemNumZone, elemISOZone:
			if kind == elemISOZone {
				b = append(b, 'Z')
				break
			}
			// The offset is zero: "-0700" becomes "+0000", keeping the form's colons.
			b = append(b, '+')
			for _, c := range []byte(layout[start+1 : end]) {
				if c == ':' {
					b = append(b, ':')
				} else {
					b = append(b, '0')
				}
			}
		case elemFracFixed, elemFracTrimmed:
			b = appendFraction(b, layout[start], t.Nanosecond(), digits, kind == elemFracTrimmed)
		}
	}
	return b
}

// appendFraction appends sep and the first digits of the nanoseconds ns; trimmed drops
// trailing zeros, and the separator too when nothing is left.
func appendFraction(b []byte, sep byte, ns int, digits int, trimmed bool) []byte {
	var d [9]byte
	for i := 8; i >= 0; i-- {
		d[i] = byte(ns%10) + '0'
		ns /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if trimmed {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d[:n]...)
}

// AddDate returns t plus the given years, months and days, normalized like Date: one month
// after October 31 is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.Nanosecond(), UTC)
}
