// exit: 2
// Unlocking an unlocked sync.Mutex is gc's fatal error: deferred calls do not run and
// recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer fmt.Println("deferred call: not run")
	defer func() { fmt.Println("recovered:", recover()) }()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
