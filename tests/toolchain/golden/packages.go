package main

import (
	"bufio"
	"container/heap"
	"container/list"
	"container/ring"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"unicode/utf16"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println(heap.Pop(h), heap.Pop(h))
	r := ring.New(3)
	fmt.Println(r.Len())
	enc := base64.StdEncoding.EncodeToString([]byte("marmot"))
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, string(dec), hex.EncodeToString([]byte{0xde, 0xad}))
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint32(buf, 0x01020304)
	fmt.Println(buf[:4], binary.BigEndian.Uint16([]byte{1, 2}))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())
	w := bufio.NewWriterSize(os.Stdout, 64)
	fmt.Fprintf(w, "buffered %d\n", 7)
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("one two\nthree"))
	sc.Buffer(make([]byte, 64), 64)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	words := strings.Fields("the quick brown fox")
	sort.Strings(words)
	fmt.Println(words, utf16.Encode([]rune("a😀")))
}
