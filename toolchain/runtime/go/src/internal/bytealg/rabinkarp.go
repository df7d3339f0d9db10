// Rabin-Karp substring search with the hash the bytes and strings packages expect.
package bytealg

// HashStr returns the hash and the multiplicative factor of sep.
func HashStr(sep string) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

func HashStrBytes(sep []byte) (uint32, uint32) {
	var h uint32
	for _, c := range sep {
		h = h*PrimeRK + uint32(c)
	}
	return h, pow(len(sep))
}

// HashStrRev is the hash of sep read backwards.
func HashStrRev(sep string) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

func HashStrRevBytes(sep []byte) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, pow(len(sep))
}

func pow(n int) uint32 {
	p, sq := uint32(1), uint32(PrimeRK)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			p *= sq
		}
		sq *= sq
	}
	return p
}

// IndexRabinKarp returns the first index of substr in s, or -1.
func IndexRabinKarp(s, substr string) int {
	n := len(substr)
	if n > len(s) {
		return -1
	}
	want, pw := HashStr(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == want && s[:n] == substr {
		return 0
	}
	for i := n; i < len(s); {
		h = h*PrimeRK + uint32(s[i]) - pw*uint32(s[i-n])
		i++
		if h == want && s[i-n:i] == substr {
			return i - n
		}
	}
	return -1
}

func IndexRabinKarpBytes(s, sep []byte) int {
	n := len(sep)
	for i := 0; i+n <= len(s); i++ {
		if Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}
