// Two goroutines that hand each other work forever do not starve the rest: the one woken
// runs next only so many times in a row while others wait (gc bounds it by a time slice).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c1, c2 := make(chan int), make(chan int)
	go func() {
		for i := 0; ; i++ {
			c1 <- i
			<-c2
		}
	}()
	go func() {
		for {
			v := <-c1
			c2 <- v
		}
	}()
	runtime.Gosched()
	fmt.Println("main runs again")
}
