package main

// encoding/json (Go's own sources) round trips of a struct: tags, omitempty, "-", embedded
// structs (one unexported: its fields are promoted), a pointer field, a slice and a map,
// float and int fields. Kept flat for the micro:bit's 1.5 KiB main stack: each level of
// struct or slice nesting costs json a few hundred bytes of it (see jsoninterface.go for
// nested values).

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID int `json:"id"`
}

type meta struct {
	Rev int `json:"rev"`
}

type Item struct {
	Base
	meta
	Name  string         `json:"name,omitempty"`
	Ratio float64        `json:"ratio"`
	Limit *int           `json:"limit,omitempty"`
	Grid  []int          `json:"grid"`
	Attrs map[string]int `json:"attrs,omitempty"`
	Skip  int            `json:"-"`
	n     int
}

func main() {
	limit := 9
	it := Item{Base{7}, meta{2}, "a", 0.25, &limit, []int{1, 2}, map[string]int{"z": 1, "a": 2}, 5, 6}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)

	var back Item
	err = json.Unmarshal([]byte(`{"id":8,"rev":3,"name":"c","ratio":-1.5e2,"limit":10,`+
		`"grid":[4,5],"attrs":{"q":3},"Skip":1,"n":2}`), &back)
	fmt.Println(err, back.ID, back.Rev, back.Name, back.Ratio, *back.Limit, back.Grid, back.Attrs, back.Skip, back.n)
}
