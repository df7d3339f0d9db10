package main

func main() {
	s := "héllo, 世界"
	println(len(s), s[0], s[1], s[:1], s[7:])
	for i, r := range s {
		println(i, r, string(r))
	}
	t := s + "!" + "?"
	println(t, len(t))
	println("abc" < "abd", "abc" == "ab"+"c", "b" > "abc", "" < "a", "x" != "x")
	b := []byte("bytes")
	b[0] = 'B'
	println(string(b), len(b), cap(b) >= 5)
	rs := []rune(s)
	println(len(rs), string(rs[1]), string(rs[7:]))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var sub = s[1:3]
	println(sub == "é", len(sub))
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	println(x)
	bs := []byte{104, 105}
	println(string(bs))
	println(s[len(s)-1], "end")
}
