package time

import "unsafe"

// runtimeTimer has the layout of struct rt_timer in the C runtime (common/internal.h).
type runtimeTimer struct {
	when   int64
	period int64
	next   unsafe.Pointer
	fire   unsafe.Pointer // what the runtime does when it is due (set by the functions below)
	arg    unsafe.Pointer
	active int32
}

func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) int32

// timerSendsOn makes t send the time (an int64 of nanoseconds) on channel c when it fires.
func timerSendsOn(t *runtimeTimer, c unsafe.Pointer)

// timerStartsFunc makes t start *fp in a new goroutine when it fires.
func timerStartsFunc(t *runtimeTimer, fp unsafe.Pointer)

func chanPointer(c chan Time) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&c))
}

// A Timer sends the current time on its channel C once, after its duration.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a Timer that sends the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	timerSendsOn(&t.r, chanPointer(c))
	t.r.when = runtimeNano() + int64(d)
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	return stopTimer(&t.r) != 0
}

// Reset changes the timer to expire after d. It returns true if the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	active := stopTimer(&t.r) != 0
	t.r.when = runtimeNano() + int64(d)
	startTimer(&t.r)
	return active
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. The
// returned Timer's Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	fp := new(func())
	*fp = f
	timerStartsFunc(&t.r, unsafe.Pointer(fp))
	t.r.when = runtimeNano() + int64(d)
	startTimer(&t.r)
	return t
}

// A Ticker sends the time on its channel C at intervals of its period.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker that sends the time every d. It panics if d <= 0. Ticks
// that a slow receiver misses are dropped.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	timerSendsOn(&t.r, chanPointer(c))
	t.r.period = int64(d)
	t.r.when = runtimeNano() + int64(d)
	startTimer(&t.r)
	return t
}

// Stop turns off the ticker; no more ticks are sent.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	stopTimer(&t.r)
	t.r.period = int64(d)
	t.r.when = runtimeNano() + int64(d)
	startTimer(&t.r)
}

// Tick is a convenience wrapper for NewTicker that only gives the channel.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
