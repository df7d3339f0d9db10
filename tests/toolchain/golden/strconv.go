package main

import (
	"math/bits"
	"strconv"
	"unicode/utf8"
)

func main() {
	println(strconv.Itoa(-1234), strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	n, err := strconv.Atoi("42x")
	println(n, err != nil)
	if err != nil {
		println(err.Error())
	}
	f, _ := strconv.ParseFloat("3.25", 64)
	println(f, strconv.FormatFloat(1.5, 'f', 3, 64))
	println(bits.LeadingZeros32(1), bits.OnesCount(255), utf8.RuneLen('世'), utf8.ValidString("ok"))
	b, _ := strconv.ParseBool("true")
	println(b)
}
