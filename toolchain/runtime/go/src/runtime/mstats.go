package runtime

// MemStats records statistics about the heap. Sizes count whole heap blocks, including
// their 8-byte headers; goroutine stacks are heap blocks too.
type MemStats struct {
	// Alloc is the number of bytes of allocated heap objects (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is the cumulative number of bytes allocated for heap objects.
	TotalAlloc uint64
	// Sys is the size of the heap region.
	Sys uint64
	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64
	// Frees is the cumulative count of heap objects freed.
	Frees uint64
	// HeapAlloc is the number of bytes of allocated heap objects.
	HeapAlloc uint64
	// HeapSys is the size of the heap region.
	HeapSys uint64
	// HeapInuse is the part of the heap region handed out so far (live, free-listed or
	// not yet collected).
	HeapInuse uint64
	// HeapObjects is the number of allocated heap objects.
	HeapObjects uint64
	// NumGC is the number of completed collections.
	NumGC uint32
}

// readMemStats (C) fills m in place, so ReadMemStats itself allocates nothing.
func readMemStats(m *MemStats)

// ReadMemStats fills m with the current heap statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}
