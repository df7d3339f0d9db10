// Complex division as gc computes it (runtime.complex128div): Smith's algorithm, so no
// overflow for large parts, C99's infinities and zeros where the quotient would be NaN, and
// complex64 divided as complex128.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{0, 1i, complex(3, -4), complex(1e300, 1e300), complex(5, 1e-320),
		complex(inf, 0), complex(-inf, 2), complex(nan, 0), complex(2, nan)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(div(a, b), " ")
		}
		fmt.Println()
	}
	var c, z complex64 = complex(1e30, 1e30), 0
	fmt.Println(c/complex(1e-30, 3e30), complex64(1+2i)/complex(3, 4), c/z, z/z)
}
