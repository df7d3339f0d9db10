package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func simple() {
	defer println("deferred 1")
	defer println("deferred 2")
	println("body")
}

func loopDefer() {
	for i := 0; i < 3; i++ {
		defer func(n int) { println("loop defer", n) }(i)
	}
}

func recovers() (result int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(string))
			result = 42
		}
	}()
	panic("boom")
}

func divide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "caught"
		}
	}()
	q = a / b
	return
}

func index(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return s[i], true
}

func nilPtr() (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = e.Error()
		}
	}()
	var p *int
	return string(rune(*p))
}

func modify() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

func nested() {
	defer func() {
		r := recover()
		println("outer recovered", r.(int))
	}()
	func() {
		defer func() {
			println("inner defer runs")
		}()
		panic(7)
	}()
	println("not reached")
}

func errPanic() (s string) {
	defer func() {
		if e, ok := recover().(error); ok {
			s = e.Error()
		}
	}()
	panic(&MyErr{3})
}

func main() {
	simple()
	loopDefer()
	println(recovers())
	q, err := divide(10, 2)
	println(q, err)
	q, err = divide(1, 0)
	println(q, err)
	v, ok := index([]int{1, 2}, 1)
	println(v, ok)
	v, ok = index([]int{1, 2}, 5)
	println(v, ok)
	println(nilPtr())
	println(modify())
	nested()
	println(errPanic())
	println(recover() == nil)
	println("done")
}
