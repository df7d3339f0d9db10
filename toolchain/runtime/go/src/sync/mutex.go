// Package sync is Marmot's replacement for the standard library's sync: pure Go for
// single-core targets with a cooperative scheduler. A goroutine that must wait blocks in
// the runtime (runtime.syncWait) until an Unlock, Done, Signal or Broadcast wakes it
// (runtime.syncWake), then checks the state it waits for again. Blocked waiters cost
// nothing, and a program where every goroutine waits ends in gc's deadlock error.
package sync

import "unsafe" // for go:linkname and fatal's string data

//go:linkname wait runtime.syncWait
func wait()

//go:linkname wake runtime.syncWake
func wake()

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
		wait()
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
	wake()
}

// RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	writer  bool
	readers int
}

func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		wait()
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
	wake()
}

func (rw *RWMutex) RLock() {
	for rw.writer {
		wait()
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
	if rw.readers == 0 {
		wake()
	}
}

func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

//go:linkname syncFatal runtime.syncFatal
func syncFatal(msg *byte, n int)

// fatal ends the program with gc's "fatal error: msg" (not a panic, which could be
// recovered and would run deferred calls).
func fatal(msg string) {
	syncFatal((*struct {
		p *byte
		n int
	})(unsafe.Pointer(&msg)).p, len(msg))
}
