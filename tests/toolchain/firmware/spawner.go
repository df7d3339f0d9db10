// Sleeps in a goroutine: the scheduler parks it.
package main

import "time"

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	<-done
	println("done")
}
