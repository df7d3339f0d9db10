// time.Parse with the standard layouts and each element: fractions, zones (moved to UTC),
// day of year, AM/PM, range errors and gc's error messages; the zero Time is year 1 and
// times far from 1970 keep their calendar, Sub saturates, Truncate and Round since year 1.
package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Printf("%q %q: error %v\n", layout, value, err)
		return
	}
	fmt.Printf("%q %q: %v %d\n", layout, value, t.UTC().Format(time.RFC3339Nano), t.Unix())
}

func main() {
	show(time.RFC3339, "2024-02-29T13:04:05Z")
	show(time.RFC3339, "2024-02-29T13:04:05+02:00")
	show(time.RFC3339, "2024-02-29T13:04:05-07:30")
	show(time.RFC3339Nano, "2024-02-29T13:04:05.123456789Z")
	show(time.RFC3339Nano, "2024-02-29T13:04:05Z")
	show(time.RFC3339, "2024-02-29T13:04:05.5Z")
	show(time.RFC3339, "2023-02-29T13:04:05Z")
	show(time.RFC3339, "2024-13-01T00:00:00Z")
	show(time.RFC3339, "2024-01-01T24:00:00Z")
	show(time.RFC3339, "2024-01-01T23:60:00Z")
	show(time.RFC3339, "2024-01-01T23:59:60Z")
	show(time.RFC3339, "2024-01-01 23:59:59Z")
	show(time.RFC3339, "2024-01-01T23:59:59Zjunk")
	show(time.RFC3339, "24-01-01T23:59:59Z")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:30AM")
	show(time.Kitchen, "12:30PM")
	show(time.Kitchen, "13:30PM")
	show(time.Kitchen, "3:04XM")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.ANSIC, "Thu Feb  9 01:02:03 2023")
	show(time.UnixDate, "Thu Feb  9 01:02:03 PST 2023")
	show(time.RFC1123, "Thu, 09 Feb 2023 01:02:03 UTC")
	show(time.RFC1123Z, "Thu, 09 Feb 2023 01:02:03 +0100")
	show(time.RFC822, "09 Feb 23 01:02 GMT")
	show(time.RFC850, "Thursday, 09-Feb-23 01:02:03 CEST")
	show(time.RubyDate, "Thu Feb 09 01:02:03 -0800 2023")
	show("2006-01-02", "2023-06-15")
	show("2006-01-02", "2023-6-15")
	show("2006-1-2", "2023-6-5")
	show("January 2, 2006", "march 7, 2021")
	show("Jan _2", "Feb  3")
	show("2006 002", "2024 060")
	show("2006 002", "2024 366")
	show("2006 002", "2023 366")
	show("2006 __2", "2023  45")
	show("2006-01-02 002", "2024-02-29 060")
	show("2006-01-02 002", "2024-03-01 060")
	show("15:04:05.000", "10:20:30.123")
	show("15:04:05.000", "10:20:30.12")
	show("15:04:05,999", "10:20:30,5")
	show("15:04:05.999", "10:20:30")
	show("15:04:05", "10:20:30.123456789123")
	show("15:04:05 -07", "10:20:30 +05")
	show("15:04:05 -070000", "10:20:30 +053015")
	show("15:04:05 -07:00:00", "10:20:30 -05:30:15")
	show("15:04:05 Z0700", "10:20:30 Z")
	show("15:04:05 Z0700", "10:20:30 +0130")
	show("15:04:05 MST", "10:20:30 GMT+3")
	show("15:04:05 MST", "10:20:30 ChST")
	show("15:04:05 MST", "10:20:30 x")
	show("06", "69")
	show("06", "68")
	show("Monday 2006", "tuesday 2020")
	show("", "")
	show("", "x")
	show("2006  01", "2006 01")
	show("2006 01", "2006    01")
	show("pm 3", "am 12")
	show("02 Jan", "31 Feb")
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), z.Unix(), z.Weekday())
	fmt.Println(z.Add(time.Hour).Format(time.RFC3339), z.AddDate(0, 0, -1))
	t := time.Date(1500, 3, 1, 12, 0, 0, 0, time.UTC)
	u := time.Date(2500, 3, 1, 12, 0, 0, 5, time.UTC)
	fmt.Println(t, u, u.Sub(t), t.Sub(u), u.After(t), t.Before(u), t.Equal(t.Add(0)))
	fmt.Println(time.Unix(1700000000, 123).UTC(), time.Unix(-1, -1).UTC(), time.UnixMilli(-1500).UTC(), time.UnixMicro(1e15).UTC())
	a := time.Date(2023, 5, 17, 13, 47, 31, 987654321, time.UTC)
	for _, d := range []time.Duration{0, -time.Second, time.Nanosecond, time.Millisecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 1234567 * time.Nanosecond} {
		fmt.Println(d, a.Truncate(d).Format(time.RFC3339Nano), a.Round(d).Format(time.RFC3339Nano))
	}
	old := time.Date(-5, 1, 1, 0, 0, 1, 500000000, time.UTC)
	fmt.Println(old.Year(), old.Truncate(time.Second).Nanosecond(), old.Round(time.Second).Second(), old.Round(7*time.Second).Format(time.RFC3339Nano))
	fmt.Println(a.Unix(), a.UnixMilli(), a.UnixMicro(), a.UnixNano(), a.Nanosecond(), a.YearDay())
	b := a.Add(1<<62 + 12345)
	fmt.Println(b.Format(time.RFC3339Nano), b.Sub(a), a.Sub(b), b.Add(-(1<<62 + 12345)).Equal(a))
	fmt.Println(time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1677, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(1677, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 2e9+5, time.UTC), time.Date(2023, 1, 1, 0, 0, 0, -1, time.UTC))
}
