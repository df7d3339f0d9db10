// exit: 2
// panic: trap
// -panic=trap in a program without defer: a call through a nil func value (a processor
// fault on most boards) ends the program with status 2 and no message.
package main

var hook func()

func main() {
	println("before the call")
	hook()
	println("not reached")
}
