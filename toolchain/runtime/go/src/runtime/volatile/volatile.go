// Package volatile provides memory accesses that the compiler never removes, merges or
// reorders with other volatile accesses: for memory-mapped hardware registers.
package volatile

// LoadUint8 reads *addr.
func LoadUint8(addr *uint8) uint8

// LoadUint16 reads *addr.
func LoadUint16(addr *uint16) uint16

// LoadUint32 reads *addr.
func LoadUint32(addr *uint32) uint32

// StoreUint8 writes val to *addr.
func StoreUint8(addr *uint8, val uint8)

// StoreUint16 writes val to *addr.
func StoreUint16(addr *uint16, val uint16)

// StoreUint32 writes val to *addr.
func StoreUint32(addr *uint32, val uint32)
