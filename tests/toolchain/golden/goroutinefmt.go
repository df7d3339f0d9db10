// A goroutine that formats with fmt, and one that recovers a run-time panic and then
// formats the value: the default goroutine stack holds both on every board (the micro:bit's
// default was once too small for them).
package main

import (
	"fmt"
	"sync"
)

type point struct {
	X, Y int
	Name string
}

func work(done chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			done <- fmt.Sprintf("recovered: %v", r)
		}
	}()
	var a []int
	i := 5
	fmt.Println(a[i])
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("hello from a goroutine", 42, 3.5, point{1, 2, "s"})
		fmt.Printf("%v %+v %q\n", []int{1, 2}, point{3, 4, "t"}, "x")
	}()
	wg.Wait()

	done := make(chan string)
	go work(done)
	fmt.Println(<-done)
}
