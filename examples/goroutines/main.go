// Goroutines and channels: a producer, two workers and a collector talking over channels.
package main

import "time"

type job struct {
	id    int
	value int
}

func worker(name string, jobs <-chan job, results chan<- string) {
	for j := range jobs {
		time.Sleep(50 * time.Millisecond) // pretend to work
		results <- name + " squared job " + itoa(j.id) + " = " + itoa(j.value*j.value)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [12]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	jobs := make(chan job)
	results := make(chan string, 4)
	go worker("ant", jobs, results)
	go worker("bee", jobs, results)
	go func() {
		for i := 1; i <= 6; i++ {
			jobs <- job{id: i, value: i + 10}
		}
		close(jobs)
	}()
	for i := 0; i < 6; i++ {
		println(<-results)
	}
	select {
	case r := <-results:
		println("unexpected", r)
	case <-time.After(100 * time.Millisecond):
		println("all jobs done")
	}
}
