// Standard-library functions that GOARCH=arm writes in assembly have portable versions:
// crypto/md5's and crypto/sha1's block functions (front end intrinsics), math/big's
// arithmetic (the math_big_pure_go tag), and crypto/internal/boring/sig's empty markers.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"math/big"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n%x\n%x\n", md5.Sum(data), sha1.Sum(data), sha256.Sum256(data))
	h := md5.New()
	for i := 0; i < 3; i++ {
		h.Write(data)
	}
	fmt.Printf("%x\n", h.Sum(nil))
	f := new(big.Int).MulRange(1, 25)
	q, r := new(big.Int).QuoRem(f, big.NewInt(1000003), new(big.Int))
	fmt.Println(f, q, r, new(big.Int).Lsh(f, 40).Text(16))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000000007)))
}
