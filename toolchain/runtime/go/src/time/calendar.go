package time

// A Location is a time zone. Marmot knows only UTC.
type Location struct {
	name string
}

var utcLoc = Location{name: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the board's time zone: UTC.
var Local *Location = &utcLoc

// String returns the name of the location.
func (l *Location) String() string { return l.name }

// UTC returns t in UTC.
func (t Time) UTC() Time { return t }

// Local returns t in the local time zone (UTC).
func (t Time) Local() Time { return t }

// In returns t in the location loc (only UTC exists, so t itself).
func (t Time) In(loc *Location) Time { return t }

// Location returns the time zone of t: UTC.
func (t Time) Location() *Location { return UTC }

// Zone returns the name of t's time zone and its offset east of UTC in seconds: "UTC", 0.
func (t Time) Zone() (name string, offset int) { return utcLoc.name, 0 }

// ZoneBounds returns where t's time zone starts and ends: UTC has neither, so both are the
// zero Time.
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

// IsDST reports whether t is in daylight saving time: never, in UTC.
func (t Time) IsDST() bool { return false }

// A Month specifies a month of the year (January = 1, ...).
type Month int

// Months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month.
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// Days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day.
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

// daysFromCivil returns the number of days since 1970-01-01 of a proleptic Gregorian date.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m int64, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// Date returns the Time of the given date and time in UTC. Values outside their usual
// ranges are normalized (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	y := int64(year)
	m := int64(month) - 1
	y += floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	days := daysFromCivil(y, m, 1) + int64(day) - 1
	s := ((days*24+int64(hour))*60+int64(min))*60 + int64(sec)
	q := floorDiv(int64(nsec), 1e9)
	return Time{s + q + unixToInternal, int64(nsec) - q*1e9}
}

// days returns the days from the Unix epoch to t's day.
func (t Time) days() int64 {
	s, _ := t.norm()
	return floorDiv(s-unixToInternal, 86400)
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(t.days())
	return int(y), Month(m), int(d)
}

// Year returns the year of t.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of t.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month of t.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// YearDay returns the day of the year of t, in [1, 366].
func (t Time) YearDay() int {
	y, _, _ := civilFromDays(t.days())
	return int(t.days()-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week of t: weeks start on Monday, and week 1 of a
// year is the one with its first Thursday, so the Thursday of t's week names the year.
func (t Time) ISOWeek() (year, week int) {
	daysFromMonday := (int(t.Weekday()) + 6) % 7
	thursday := t.AddDate(0, 0, 3-daysFromMonday)
	return thursday.Year(), (thursday.YearDay()-1)/7 + 1
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	w := (t.days() + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// Clock returns the hour, minute and second of t within its day.
func (t Time) Clock() (hour, min, sec int) {
	s, _ := t.norm()
	s -= unixToInternal + t.days()*86400
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Hour returns the hour of t, in [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute of t, in [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second of t, in [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// String formats t like gc's Time.String without the monotonic reading:
// "2006-01-02 15:04:05.999999999 +0000 UTC".
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := make([]byte, 0, 40)
	b = appendInt(b, int64(y), 4)
	b = append(b, '-')
	b = appendInt(b, int64(mo), 2)
	b = append(b, '-')
	b = appendInt(b, int64(d), 2)
	b = append(b, ' ')
	b = appendInt(b, int64(h), 2)
	b = append(b, ':')
	b = appendInt(b, int64(mi), 2)
	b = append(b, ':')
	b = appendInt(b, int64(s), 2)
	b = appendFraction(b, '.', t.Nanosecond(), 9, true)
	return string(append(b, " +0000 UTC"...))
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(b []byte, v int64, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte(v%10) + '0'
		v /= 10
		width--
	}
	i--
	buf[i] = byte(v) + '0'
	return append(b, buf[i:]...)
}

func itoa(v int64) string { return string(appendInt(nil, v, 1)) }
