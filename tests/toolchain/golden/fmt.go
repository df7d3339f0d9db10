package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type P struct {
	X, Y int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	fmt.Println("hello", 42, true, 3.5, nil)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'A', 0x1F600)
	fmt.Printf("%s|%q|%v|%10s|%-10s|\n", "str", "quo\"te", "v", "right", "left")
	fmt.Printf("%f|%.2f|%e|%g|%8.3f\n", 3.14159, 3.14159, 1234.5678, 0.000012, 2.5)
	fmt.Printf("%v|%+v|%T|%p\n", P{1, 2}, P{1, 2}, P{}, nil)
	fmt.Printf("%v %v %v\n", []int{1, 2, 3}, [2]string{"a", "b"}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v %s %d\n", Celsius(21.5), Celsius(-3), []byte("hi"))
	fmt.Printf("%t %v %08.3f %+d\n", false, &P{3, 4}, -3.14159, 7)
	var e error = errors.New("boom")
	fmt.Println(e, fmt.Errorf("wrap: %w", e))
	wrapped := fmt.Errorf("ctx: %w", e)
	fmt.Println(errors.Is(wrapped, e), errors.Unwrap(wrapped) == e)
	s := fmt.Sprint("a", "b", 1, 2, "c")
	fmt.Println(s, len(s), fmt.Sprintln("x", 1) == "x 1\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	fmt.Fprintln(os.Stdout, sb.String())
	t := &Tree{Val: 1, Left: &Tree{Val: 2}}
	fmt.Printf("%v %d\n", t.Left.Val, t.Val)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", int8(-5), uint64(1<<63))
	fmt.Printf("%x %X % x\n", "hello", []byte{1, 171}, []byte{1, 2})
	fmt.Printf("%3c|%-4q|%#x|%#o\n", 'z', 'y', 255, 8)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
	fmt.Printf("%v %v\n", complex(1, -2), struct {
		A string
		B []int
	}{"x", nil})
	var iface interface{} = 12
	fmt.Printf("%v %d %s\n", iface, iface, "end")
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", "notnum")
}
