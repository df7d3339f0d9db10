// Slice expressions out of range report gc's messages: which bound failed first, "length"
// for strings and arrays, "capacity" for slices, and the 3-index forms.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	arr := [4]int{}
	i, j, k, big, neg := 3, 2, 1, 9, -1
	try(func() { _ = s[i:j] })
	try(func() { _ = s[:big] })
	try(func() { _ = s[big:] })
	try(func() { _ = s[i:j:big] })
	try(func() { _ = s[k:i:j] })
	try(func() { _ = s[i:j:4] })
	try(func() { _ = str[i:j] })
	try(func() { _ = str[:big] })
	try(func() { _ = str[big:] })
	try(func() { _ = arr[:big] })
	try(func() { _ = arr[k:big:big] })
	try(func() { _ = arr[j:k:i] })
	try(func() { _ = s[neg:] })
	fmt.Println(len(s[1:4]), len(s[3:]), len(str[5:]), cap(s[1:2:5]))
}
