// Strings: building, slicing and comparing text, runes and bytes (println output).
package main

import "strings"

func main() {
	greeting := "Hello, Gophers"
	println(greeting, len(greeting))
	println(strings.ToUpper(greeting))
	println(strings.Contains(greeting, "Go"), strings.Index(greeting, "Go"))
	for _, word := range strings.Split("one two three", " ") {
		println("word:", word)
	}
	for i, r := range "héllo" {
		println(i, string(r), r)
	}
	println(strings.Repeat("ab", 3), strings.TrimSpace("  padded  "))
}
