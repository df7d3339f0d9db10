// Package sync is Marmot's replacement for the standard library's sync: pure Go for
// single-core targets with a cooperative scheduler. A goroutine that must wait yields to
// the others (runtime.Gosched) until the state it waits for changes.
package sync

import _ "unsafe" // for go:linkname

//go:linkname gosched runtime.Gosched
func gosched()

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	locked bool
}

func (m *Mutex) Lock() {
	for m.locked {
		gosched()
	}
	m.locked = true
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
}

// RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	writer  bool
	readers int
}

func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		gosched()
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
}

func (rw *RWMutex) RLock() {
	for rw.writer {
		gosched()
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func fatal(msg string) { panic(msg) }
