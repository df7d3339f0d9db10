// time.Format with every standard layout and each layout element, AddDate's normalization,
// and ParseDuration's forms and errors (Marmot's own time package: all times in UTC).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	for _, l := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05.000", "3:4:5 pm Monday Jan _2 __2 002",
		"Janet Monica _2006 06 1/2 .9 ,00 -07 -07:00:00 Z0700 Z07", "no elements at all", "2006.999999999 15.0",
		"Mon, 02 Jan 2006 15:04:05.99 -070000"} {
		fmt.Printf("%q -> %q\n", l, t.Format(l))
	}
	z := time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)
	fmt.Println(z.Format(time.RFC3339Nano), z.Format("03:04 PM"), z.Format(".999 .000"))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.RFC3339), t.AddDate(1, 0, 0).Format(time.RFC3339),
		time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("2006-01-02"),
		time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1).Format("2006-01-02"))
	fmt.Println(string(t.AppendFormat([]byte("at "), time.Kitchen)))
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "0", "+5s", "1.000000000001s",
		".5s", "5.s", "1µs", "1μs", "", "-", "1", "1x", "x1s", ".s", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1.23456789012345678901234567890s", "3\xffs", "1\"s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}
