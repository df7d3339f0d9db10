// Duration.Round and Truncate, at the ends of the Duration range too (Round saturates).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{1<<63 - 1, -1 << 63, 1500 * time.Millisecond, -1500 * time.Millisecond, 1499 * time.Millisecond, 7, -7} {
		for _, m := range []time.Duration{time.Second, time.Hour, 2, 1<<63 - 1} {
			fmt.Println(d, m, d.Round(m), d.Truncate(m))
		}
	}
}
