package main

var counter = initCounter()
var table = [...]string{"zero", "one", "two"}

func initCounter() int {
	println("initCounter")
	return 40
}

func init() {
	counter++
	println("init 1", counter)
}

func init() {
	counter++
	println("init 2", counter)
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func swap(a, b string) (string, string) { return b, a }

func named() (x, y int) {
	x = 1
	y = x + 1
	return
}

func main() {
	println("main", counter)
	for i := -1; i < 4; i++ {
		println(i, classify(i))
	}
	sum := 0
	for i := 0; ; i++ {
		if i > 10 {
			break
		}
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	println("fib", fib(20))
	a, b := swap("x", "y")
	println(a, b)
	x, y := named()
	println(x, y)
	switch v := 3; v {
	case 1, 2:
		println("small")
	case 3:
		println("three")
		fallthrough
	case 4:
		println("fell")
	default:
		println("default")
	}
	for i, s := range table {
		println(i, s)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	n := 0
	goto check
loop:
	n++
check:
	if n < 3 {
		goto loop
	}
	println("n", n)
}
