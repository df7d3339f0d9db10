// exit: 2
package main

type E struct{ code int }

func (e E) Error() string { return "custom error" }

func main() {
	defer println("deferred runs")
	var err error = E{3}
	println("start")
	panic(err)
}
