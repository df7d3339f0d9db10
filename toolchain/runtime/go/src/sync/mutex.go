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

// Mutex is a mutual exclusion lock; the zero value is unlocked. Its fields are gc's, so a
// struct holding one prints as it does there ({0 0} unlocked, {1 0} locked).
type Mutex struct {
	state int32 // mutexLocked while held
	sema  uint32
}

const mutexLocked = 1

func (m *Mutex) Lock() {
	for m.state&mutexLocked != 0 {
		wait()
	}
	m.state |= mutexLocked
}

func (m *Mutex) TryLock() bool {
	if m.state&mutexLocked != 0 {
		return false
	}
	m.state |= mutexLocked
	return true
}

func (m *Mutex) Unlock() {
	if m.state&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state &^= mutexLocked
	wake()
}

// RWMutex is a reader/writer mutual exclusion lock. Its fields and their values are gc's: a
// writer holds w and takes rwmutexMaxReaders off readerCount (so readers arriving after it
// wait), then waits for the readerWait readers that were in; its Unlock lets the readers
// that arrived meanwhile in through readerSem.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount
	rw.readerCount -= rwmutexMaxReaders
	rw.readerWait += r
	for rw.readerWait > 0 {
		wait()
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount = -rwmutexMaxReaders
	return true
}

func (rw *RWMutex) Unlock() {
	r := rw.readerCount + rwmutexMaxReaders
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.readerCount = r
	rw.readerSem += uint32(r) // lets in the readers that came meanwhile, even before a next writer
	rw.w.Unlock()             // wakes them and the next writer
}

func (rw *RWMutex) RLock() {
	rw.readerCount++
	if rw.readerCount < 0 { // a writer holds the lock or waits for it: wait for its Unlock
		for rw.readerSem == 0 {
			wait()
		}
		rw.readerSem--
	}
}

func (rw *RWMutex) TryRLock() bool {
	if rw.readerCount < 0 {
		return false
	}
	rw.readerCount++
	return true
}

func (rw *RWMutex) RUnlock() {
	rw.readerCount--
	if r := rw.readerCount; r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		rw.readerWait-- // a writer waits for the readers that were in
		if rw.readerWait == 0 {
			wake()
		}
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
