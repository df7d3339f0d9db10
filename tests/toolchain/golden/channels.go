package main

// Channel semantics across element kinds (values of up to a word travel in registers, others
// through memory), FIFO order of waiting goroutines (plain and select), close while
// goroutines wait, buffers with waiting senders, nil channels, and timers that must fire while
// goroutines keep handing values to each other.

import (
	"runtime"
	"time"
)

type pair struct{ a, b int16 } // four bytes, not a scalar
type triple struct{ a, b, c int32 }
type node struct {
	v    int
	next *node
}

var sink []*node

// Both orders: the receiver waits first, then the sender waits first.
func handOver[T any](name string, v T) T {
	c := make(chan T)
	go func() { c <- v }()
	got := <-c
	back := make(chan T)
	go func() { back <- <-c }()
	c <- got
	got2, ok := <-back
	if !ok {
		println(name, "not ok")
	}
	runtime.Gosched() // the goroutine that sent on back ends before the next hand-over
	return got2
}

func words() {
	println("bool", handOver("bool", true), handOver("bool", false))
	println("int8", handOver("int8", int8(-5)), "uint8", handOver("uint8", uint8(250)))
	println("int16", handOver("int16", int16(-30000)), "uint16", handOver("uint16", uint16(65535)))
	println("int32", handOver("int32", int32(-7)), "uint", handOver("uint", uint(4000000000)))
	println("float32", handOver("float32", float32(1.5)) == 1.5, handOver("float32", float32(-0.25)) == -0.25)
	n := &node{v: 42}
	println("pointer", handOver("pointer", n) == n, handOver("pointer", n).v)
	println("struct{}", handOver("struct{}", struct{}{}) == struct{}{})
	inner := make(chan int, 1)
	inner <- 9
	println("chan", <-handOver("chan", inner))
	m := map[string]int{"a": 1}
	println("map", handOver("map", m)["a"])
	println("rune", string(handOver("rune", 'é')))
}

func generic() {
	println("string", handOver("string", "hello"))
	println("int64", handOver("int64", int64(-1)<<40), "uint64", handOver("uint64", uint64(1)<<63))
	println("float64", handOver("float64", 2.75))
	println("complex", real(handOver("complex", 1+2i)), imag(handOver("complex", 1+2i)))
	a := handOver("array", [3]byte{1, 2, 3})
	println("[3]byte", a[0], a[1], a[2])
	p := handOver("pair", pair{-1, 2})
	println("pair", p.a, p.b)
	t := handOver("triple", triple{1, -2, 3})
	println("triple", t.a, t.b, t.c)
	var e interface{} = handOver[interface{}]("iface", "boxed")
	println("iface", e.(string))
	s := handOver("slice", []int{4, 5})
	println("slice", len(s), s[1])
}

// Goroutines started 10 ms apart have each blocked before the next starts (host Go too).
func pause() { time.Sleep(10 * time.Millisecond) }

func fifo() {
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(i int) { c <- i }(i)
		pause()
	}
	println("senders in order:", <-c, <-c, <-c)

	type result struct{ id, v int }
	results := make(chan result, 3)
	for id := 1; id <= 3; id++ {
		go func(id int) { results <- result{id, <-c} }(id)
		pause()
	}
	c <- 10
	c <- 20
	c <- 30
	var got [4]int
	for i := 0; i < 3; i++ {
		r := <-results
		got[r.id] = r.v
	}
	println("receivers in order:", got[1], got[2], got[3])

	// A select case waits in the same queue as plain senders.
	other := make(chan int)
	go func() { c <- 1 }()
	pause()
	go func() {
		select {
		case c <- 2:
		case <-other:
		}
	}()
	pause()
	go func() { c <- 3 }()
	pause()
	println("with a select in the queue:", <-c, <-c, <-c)
	close(other)

	// Generic elements too.
	s := make(chan string)
	for _, w := range []string{"x", "y", "z"} {
		go func(w string) { s <- w }(w)
		pause()
	}
	println("string senders:", <-s, <-s, <-s)
}

// Runs f in a goroutine and returns what it panicked with (as a channel, so results are
// printed in a fixed order).
func panicking(f func()) chan string {
	msg := make(chan string, 1)
	go func() {
		defer func() {
			r := recover()
			if r == nil {
				msg <- "no panic"
				return
			}
			msg <- r.(error).Error()
		}()
		f()
	}()
	return msg
}

func closing() {
	type result struct {
		zero, ok bool
	}
	words := make(chan int)
	strs := make(chan string)
	wordResults := make(chan result, 2)
	strResults := make(chan result, 2)
	for i := 0; i < 2; i++ {
		go func() {
			v, ok := <-words
			wordResults <- result{v == 0, ok}
		}()
		go func() {
			v, ok := <-strs
			strResults <- result{v == "", ok}
		}()
	}
	pause()
	close(words)
	close(strs)
	for i := 0; i < 2; i++ {
		w, s := <-wordResults, <-strResults
		println("waiting receivers after close:", w.zero, w.ok, s.zero, s.ok)
	}

	words = make(chan int)
	strs = make(chan string)
	w := panicking(func() { words <- 1 })
	s := panicking(func() { strs <- "s" })
	sel := panicking(func() {
		select {
		case words <- 2:
		}
	})
	pause()
	close(words)
	close(strs)
	println("waiting word sender:", <-w)
	println("waiting string sender:", <-s)
	println("waiting select sender:", <-sel)
	println("send on closed:", <-panicking(func() { words <- 3 }))
	println("close again:", <-panicking(func() { close(words) }))
	var nilc chan int
	println("close nil:", <-panicking(func() { close(nilc) }))
	v, ok := <-words
	println("receive from closed:", v, ok)
	select {
	case v, ok := <-strs:
		println("select receive from closed:", v == "", ok)
	}

	b := make(chan uint8, 4)
	b <- 7
	b <- 8
	close(b)
	for x := range b {
		println("range buffered:", x)
	}
}

func buffered() {
	c := make(chan int16, 2)
	c <- -1
	c <- -2
	done := make(chan bool)
	go func() {
		c <- -3 // waits: the buffer is full
		c <- -4
		done <- true
	}()
	pause()
	println("len", len(c), "cap", cap(c))
	println("buffered then waiting senders:", <-c, <-c, <-c, <-c)
	<-done

	e := make(chan struct{}, 3)
	e <- struct{}{}
	e <- struct{}{}
	<-e
	println("empty structs:", len(e), cap(e))

	t := make(chan triple, 1)
	t <- triple{1, 2, 3}
	go func() { t <- triple{4, 5, 6}; done <- true }()
	pause()
	x, y := <-t, <-t
	<-done
	println("triples:", x.a, x.c, y.a, y.c)

	// A value in flight survives a collection: a waiting sender's pointer lives in its frame.
	p := make(chan *node)
	go func() { p <- &node{v: 77, next: &node{v: 78}} }()
	runtime.Gosched()
	pause()
	for i := 0; i < 200; i++ {
		sink = append(sink, &node{v: i})
	}
	sink = nil
	runtime.GC()
	n := <-p
	println("after GC:", n.v, n.next.v)
}

func selects() {
	a, b := make(chan int), make(chan string)
	go func() { b <- "from b" }()
	select {
	case v := <-a:
		println("a", v)
	case s := <-b:
		println("select got", s)
	}

	// A select send to a waiting plain receiver, a select receive from a waiting plain sender.
	res := make(chan int)
	go func() { res <- <-a + 1 }()
	pause()
	select {
	case a <- 41:
	case <-b:
	}
	println("plain receiver got", <-res)
	go func() { a <- 5 }()
	pause()
	select {
	case v, ok := <-a:
		println("select took", v, ok)
	case b <- "no":
	}

	// Nil channels never proceed.
	var nilc chan int
	select {
	case nilc <- 1:
		println("unexpected")
	case <-nilc:
		println("unexpected")
	default:
		println("nil channels: default")
	}
	go func() { a <- 6 }()
	select {
	case <-nilc:
		println("unexpected")
	case v := <-a:
		println("nil case skipped, got", v)
	}

	// Many rounds through selects and plain operations.
	sum := 0
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 100; i++ {
			select {
			case a <- i:
			case <-quit:
				return
			}
		}
		close(a)
	}()
	for v := range a {
		sum += v
	}
	println("select rounds sum", sum)
}

func timersWhileBusy() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	deadline := time.After(3 * time.Millisecond)
	woke := make(chan bool, 1)
	go func() {
		time.Sleep(2 * time.Millisecond)
		woke <- true
	}()
	n, passed, slept := 0, false, false
	for !passed || !slept {
		select {
		case <-deadline:
			passed = true
		case <-woke:
			slept = true
		default:
		}
		ping <- n
		n = <-pong
	}
	close(ping)
	_, ok := <-pong
	println("timers fired during ping-pong:", n > 0, ok)
}

func ring() {
	const size, laps = 5, 50
	first := make(chan int)
	in := first
	for i := 0; i < size; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	total := 0
	for lap := 0; lap < laps; lap++ {
		first <- lap
		total += <-in
		if lap%10 == 0 {
			runtime.Gosched()
		}
	}
	close(first)
	_, ok := <-in
	println("ring", total, ok)
}

func main() {
	words()
	generic()
	fifo()
	closing()
	buffered()
	selects()
	timersWhileBusy()
	ring()
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	println("goroutines left", runtime.NumGoroutine())
}
