// Reads the clock (time.Now, time.Since) besides sleeping: the board's clock keeps time
// from the first reading on.
package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	println("slept long enough:", time.Since(start) >= 10*time.Millisecond)
}
