// Package debug is Marmot's runtime/debug: the parts of the standard API that mean
// something on a microcontroller, and honest no-ops for the rest.
package debug

import "runtime"

// SetGCPercent has no effect: Marmot collects when the heap is full. It returns 100, the
// value gc starts with.
func SetGCPercent(percent int) int { return 100 }

// FreeOSMemory runs a collection (there is no operating system to return memory to).
func FreeOSMemory() { runtime.GC() }

// SetMaxStack has no effect (goroutine stacks have a fixed size, see -stack-size); it returns
// the previous setting as gc would report its default.
func SetMaxStack(bytes int) int { return 1000000000 }

// SetMaxThreads has no effect: there are no threads. It returns 10000, gc's default.
func SetMaxThreads(threads int) int { return 10000 }

// SetPanicOnFault has no effect: faults at nil addresses already panic. It returns false.
func SetPanicOnFault(enabled bool) bool { return false }

// SetMemoryLimit has no effect: the heap is the board's RAM. It returns the largest limit.
func SetMemoryLimit(limit int64) int64 { return 1<<63 - 1 }

// Stack returns an empty trace: Marmot cannot walk goroutine stacks.
func Stack() []byte { return nil }

// PrintStack prints nothing, like Stack.
func PrintStack() {}

// GCStats holds collection statistics.
type GCStats struct {
	NumGC int64
}

// ReadGCStats reads the number of collections.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	stats.NumGC = int64(m.NumGC)
}

// BuildInfo describes the program's build; Marmot embeds none.
type BuildInfo struct {
	GoVersion string
	Path      string
}

// ReadBuildInfo reports that no build information is embedded.
func ReadBuildInfo() (info *BuildInfo, ok bool) { return nil, false }
