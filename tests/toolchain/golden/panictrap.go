// exit: 2
// panic: trap
// -panic=trap: recover still works (panic values and run-time errors alike), and the
// panic nobody recovers ends the program with status 2 and no message.
package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "recovered error:", err.Error())
		} else if s, ok := r.(string); ok {
			println(name, "recovered:", s)
		}
	}()
	f()
}

var table = []int{1, 2, 3}

func main() {
	try("panic", func() { panic("boom") })
	i := len(table) + 2
	try("index", func() { println(table[i]) })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	println("now unrecovered")
	panic("the end")
}
