// fmt and strings: formatting values and working with text, runes and bytes.
package main

import (
	"fmt"
	"strings"
)

type reading struct {
	Sensor string
	Value  float64
}

func (r reading) String() string { return fmt.Sprintf("%s=%.1f", r.Sensor, r.Value) }

func main() {
	greeting := "Hello, Gophers"
	fmt.Println(greeting, len(greeting))
	fmt.Println(strings.ToUpper(greeting), strings.Contains(greeting, "Go"), strings.Index(greeting, "Go"))
	for _, word := range strings.Fields("one two  three") {
		fmt.Printf("word %q has %d letters\n", word, len(word))
	}
	for i, r := range "héllo" {
		fmt.Printf("%d: %c (%U)\n", i, r, r)
	}
	readings := []reading{{"temp", 21.5}, {"hum", 40}}
	fmt.Println(readings)
	fmt.Printf("%+v %x %08b\n", readings[0], 255, 5)
	fmt.Println(strings.Repeat("ab", 3), strings.TrimSpace("  padded  "), strings.Join([]string{"a", "b", "c"}, "-"))
}
