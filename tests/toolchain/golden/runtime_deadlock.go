// exit: 2
package main

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	println("received", <-c)
	println("waiting forever")
	<-c
}
