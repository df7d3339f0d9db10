package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3))
	fmt.Println(math.Sin(math.Pi/2), math.Cos(0), math.Exp(1), math.Log(math.E), math.Inf(1), math.NaN())
	fmt.Println(math.MaxInt32, int64(math.MinInt64), uint32(math.MaxUint32), math.Hypot(3, 4), math.Mod(7, 3))
	fmt.Println(bits.Reverse8(1), bits.Len(255), bits.TrailingZeros64(8))
	fmt.Println(strconv.FormatFloat(math.Pi, 'g', -1, 64), strconv.Quote("☺\x00"))
	fmt.Println(unicode.IsUpper('A'), unicode.ToLower('Ä') == 'ä', unicode.IsDigit('٣'), utf8.RuneCountInString("héllo"))
	fmt.Printf("%.3f %v %v\n", math.Atan2(1, 1), float32(0.1), math.Float64bits(1.0))
}
