// sync's types have gc's fields and values, so a struct holding a Mutex, RWMutex,
// WaitGroup or Once prints as in gc; an RWMutex lets in the readers that waited for a
// writer when it unlocks, even if another writer is already waiting.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

type All struct {
	M  sync.Mutex
	RW sync.RWMutex
	WG sync.WaitGroup
	O  sync.Once
}

func main() {
	c := Counter{n: map[string]int{"a": 1}}
	fmt.Printf("%v\n", &c)
	c.mu.Lock()
	fmt.Printf("%+v\n", &c)
	c.mu.Unlock()
	var a All
	fmt.Printf("%v\n%+v\n", a, a)

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Printf("%+v %v\n", rw, rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Printf("%+v %v %v\n", rw, rw.TryRLock(), rw.TryLock())

	// A reader and a second writer wait for the writer; its Unlock lets the reader in
	// before the second writer, which then waits for that reader.
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.RLock()
		mu.Lock()
		log = append(log, "reader")
		mu.Unlock()
		rw.RUnlock()
	}()
	go func() {
		defer wg.Done()
		time.Sleep(5 * time.Millisecond)
		rw.Lock()
		mu.Lock()
		log = append(log, "writer 2")
		mu.Unlock()
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Printf("%+v\n", wg)
	rw.Unlock()
	wg.Wait()
	sort.Strings(log)
	fmt.Printf("%v %+v %+v\n", log, rw, wg)

	var once sync.Once
	once.Do(func() {})
	fmt.Printf("%+v\n", once)
}
