// time.Time's text and JSON forms, ISOWeek around year ends, and the UTC zone's methods.
package main

import "time"

func show(t time.Time) {
	text, err := t.MarshalText()
	js, jerr := t.MarshalJSON()
	y, w := t.ISOWeek()
	println(t.Format(time.RFC1123), string(text), err == nil, string(js), jerr == nil, "ISO week", y, w)
}

func main() {
	show(time.Date(2021, time.January, 3, 23, 59, 59, 0, time.UTC))        // Sunday: week 53 of 2020
	show(time.Date(2021, time.January, 4, 0, 0, 0, 500, time.UTC))         // Monday: week 1
	show(time.Date(2024, time.December, 30, 12, 0, 0, 0, time.UTC))        // Monday: week 1 of 2025
	show(time.Date(2026, time.November, 26, 1, 2, 3, 4e8, time.UTC))       // Thursday
	show(time.Date(2008, time.December, 28, 0, 0, 0, 0, time.UTC))         // Sunday: week 52
	show(time.Date(2009, time.December, 31, 0, 0, 0, 123456789, time.UTC)) // week 53 of 2009
	show(time.Time{})

	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	println(err.Error())
	_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	println(err.Error())

	var t time.Time
	println(t.UnmarshalJSON([]byte(`"2022-03-04T05:06:07.25Z"`)) == nil, t.String())
	println(t.UnmarshalJSON([]byte(`null`)) == nil, t.String())
	println(t.UnmarshalText([]byte(`1999-12-31T23:59:59Z`)) == nil, t.String())
	err = t.UnmarshalText([]byte(`yesterday`))
	println(err.Error())
	err = t.UnmarshalJSON([]byte(`2022-03-04T05:06:07Z`))
	println(err.Error())

	name, offset := t.Zone()
	start, end := t.ZoneBounds()
	println(name, offset, start.IsZero(), end.IsZero(), t.IsDST())
}
