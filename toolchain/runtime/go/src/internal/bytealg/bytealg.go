// Package bytealg is Marmot's pure-Go replacement for the standard library's
// internal/bytealg (which is mostly assembly): byte and string search helpers used by
// bytes and strings.
package bytealg

// MaxLen is the longest pattern Index handles with brute force (0: always use the
// generic Rabin-Karp path in bytes and strings).
var MaxLen int

// MaxBruteForce is the cutoff below which callers prefer brute force.
const MaxBruteForce = 0

// PrimeRK is the prime base used in the Rabin-Karp hashes.
const PrimeRK = 16777619

// Cutover reports the number of failures of IndexByte that justify Index.
func Cutover(n int) int { return (n + 16) / 8 }

func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexByteString(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the first index of b in a, or -1 (brute force).
func Index(a, b []byte) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if Equal(a[i:i+n], b) {
			return i
		}
	}
	return -1
}

// IndexString returns the first index of b in a, or -1 (brute force).
func IndexString(a, b string) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if a[i:i+n] == b {
			return i
		}
	}
	return -1
}
