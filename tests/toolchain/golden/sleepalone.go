// Timers in a program without goroutines: main sleeps in place (no scheduler is linked)
// while the time package's timers still fire and fill their channels.
package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	println("slept at least 2ms:", time.Since(start) >= 2*time.Millisecond)

	t := time.NewTimer(5 * time.Millisecond)
	time.Sleep(10 * time.Millisecond) // the timer fires while main sleeps
	select {
	case <-t.C:
		println("timer fired during the sleep")
	default:
		println("timer did not fire")
	}

	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	println("ticks:", n, "after at least 9ms:", time.Since(start) >= 21*time.Millisecond)

	<-time.After(time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)
	println("done")
}
