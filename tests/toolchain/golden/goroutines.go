package main

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

type counter struct{ n int }

func (c *counter) add(done chan bool) {
	c.n++
	done <- true
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	for w := 0; w < 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 9; i++ {
		sum += <-results
	}
	println("sum", sum)
	total := 0
	for v := range producer(5) {
		total += v
	}
	println("total", total)
	c := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			c <- "msg"
		}
		quit <- true
	}()
	n := 0
	for done := false; !done; {
		select {
		case s := <-c:
			n += len(s)
		case <-quit:
			done = true
		}
	}
	println("n", n)
	buf := make(chan int, 1)
	select {
	case v := <-buf:
		println("got", v)
	default:
		println("empty")
	}
	buf <- 1
	select {
	case buf <- 2:
		println("sent")
	default:
		println("full")
	}
	println(len(buf), cap(buf))
	v, ok := <-buf
	println(v, ok)
	close(buf)
	v, ok = <-buf
	println(v, ok)
	done := make(chan bool)
	ct := &counter{}
	for i := 0; i < 4; i++ {
		go ct.add(done)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	println("count", ct.n)
	var iface interface{ add(chan bool) } = ct
	go iface.add(done)
	<-done
	println("count", ct.n)
	unbuf := make(chan struct{})
	go func() {
		println("in goroutine")
		unbuf <- struct{}{}
	}()
	<-unbuf
	println("end")
}
