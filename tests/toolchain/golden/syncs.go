package main

import (
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := SafeCounter{m: map[string]int{}}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				c.Inc("k")
				if j%3 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}(i)
	}
	wg.Wait()
	println("count", c.m["k"])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once") })
	}
	results := make(chan string, 3)
	for i, d := range []int{30, 10, 20} {
		go func(i, d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			results <- string(rune('a' + i))
		}(i, d)
	}
	order := ""
	for i := 0; i < 3; i++ {
		order += <-results
	}
	println("order", order)
	timeout := time.After(20 * time.Millisecond)
	tick := make(chan bool)
	go func() {
		for {
			select {
			case tick <- true:
				time.Sleep(5 * time.Millisecond)
			}
		}
	}()
	n := 0
loop:
	for {
		select {
		case <-tick:
			n++
		case <-timeout:
			break loop
		}
	}
	println("ticks", n >= 2 && n <= 5)
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	println("elapsed", el >= 10*time.Millisecond, el < 500*time.Millisecond)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	println("rw ok")
	rw.Unlock()
}
