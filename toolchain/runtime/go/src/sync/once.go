// Once and WaitGroup, with gc's fields (a struct holding one prints as it does there).
package sync

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done != 0 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// noCopy marks a struct that must not be copied after first use (for go vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// WaitGroup waits for a collection of goroutines to finish. As in gc, state1 holds the
// counter in its high 32 bits and the number of waiters in its low 32 bits.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int) {
	state := wg.state1 + uint64(delta)<<32
	wg.state1 = state
	v, w := int32(state>>32), uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	wg.state1 = 0 // the counter is back to zero: the waiters go
	wake()
}

func (wg *WaitGroup) Done() { wg.Add(-1) }

func (wg *WaitGroup) Wait() {
	if wg.state1>>32 == 0 {
		return
	}
	wg.state1++
	for wg.state1>>32 != 0 {
		wait()
	}
}
