package main

import (
	"bytes"
	"errors"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	println(strings.ToUpper("hello"), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	parts := strings.Split("a,b,c", ",")
	println(len(parts), strings.Join(parts, "-"), strings.Repeat("ab", 3))
	println(strings.TrimSpace("  x  "), strings.HasPrefix("golang", "go"), strings.Fields(" a b  c ")[2])
	var sb strings.Builder
	sb.WriteString("build")
	sb.WriteByte('!')
	println(sb.String(), strings.Replace("aaa", "a", "b", 2), strings.Title("x"))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	println(xs[0], xs[3])
	ss := byLen{"ccc", "a", "bb"}
	sort.Sort(ss)
	println(ss[0], ss[2])
	people := []string{"bob", "al", "christine"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })
	println(people[0], people[2], sort.SearchInts(xs, 5))
	println(bytes.Equal([]byte("a"), []byte("a")), bytes.IndexByte([]byte("abc"), 'c'))
	var buf bytes.Buffer
	buf.WriteString("buf")
	println(buf.String(), buf.Len())
	e1 := errors.New("base")
	e2 := wrap{e1}
	println(errors.Is(e2, e1), errors.Unwrap(e2) == e1)
	var target wrap
	println(errors.As(e2, &target), target.err == e1)
	println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
}

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }
