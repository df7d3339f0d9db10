package main

import (
	"runtime"
	"time"
)

func main() {
	// A goroutine woken or started by the running one runs next (gc's order on one P).
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- i }(i)
	}
	for i := 0; i < 3; i++ {
		println("got", <-done)
	}

	// Buffered channel, close, range, receive from closed.
	c := make(chan string, 2)
	c <- "a"
	c <- "b"
	println("len", len(c), "cap", cap(c))
	close(c)
	for s := range c {
		println("range", s)
	}
	v, ok := <-c
	println("closed:", v == "", ok)

	// select: default, then a timeout against a channel nobody sends on.
	idle := make(chan int)
	select {
	case <-idle:
		println("unexpected")
	default:
		println("default")
	}
	select {
	case <-idle:
		println("unexpected")
	case <-time.After(2 * time.Millisecond):
		println("timeout")
	}

	// Timers and tickers.
	t := time.NewTimer(time.Hour)
	println("stop active timer:", t.Stop())
	tick := time.NewTicker(time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	println("ticks", n)
	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fired <- true })
	println("afterfunc", <-fired)

	// Sleep ordering: shorter sleeps wake first.
	order := make(chan int, 3)
	for _, d := range []int{3, 1, 2} {
		go func(d int) {
			time.Sleep(time.Duration(d) * 30 * time.Millisecond) // wide apart: an emulator on a busy host is slow
			order <- d
		}(d)
	}
	println("woke", <-order, <-order, <-order)

	// Goexit runs deferred calls and ends only its goroutine.
	exited := make(chan bool)
	go func() {
		defer func() { exited <- true }()
		runtime.Goexit()
		println("unreachable")
	}()
	println("goexit", <-exited)
	time.Sleep(time.Millisecond)
	println("goroutines", runtime.NumGoroutine())

	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	println("slept at least 3ms:", time.Since(start) >= 3*time.Millisecond)
	println((1500 * time.Millisecond).String(), (90 * time.Second).String(), time.Duration(1234).String())
}
