package main

// encoding/json decoding into interface{} values (maps, slices, float64 numbers, nil),
// json.Number, MarshalIndent with HTML escaping, and the errors Unmarshal reports.

import (
	"encoding/json"
	"fmt"
)

func main() {
	var m map[string]interface{}
	err := json.Unmarshal([]byte(`{"n":-12.5e2,"i":42,"b":[true,false,null,"s",{"x":{}}],"e":""}`), &m)
	fmt.Println(m, err)
	var list []interface{}
	fmt.Println(json.Unmarshal([]byte(` [1, "two", [3], {"four": 4}] `), &list), list)

	out, err := json.MarshalIndent(map[string]interface{}{"b": []int{1, 2}, "a": map[string]bool{"t": true}, "s": "<&>"}, "", "  ")
	fmt.Println(string(out), err)

	var n struct{ N int }
	fmt.Println(json.Unmarshal([]byte(`{"N": 1,}`), &n).Error())
	fmt.Println(json.Unmarshal([]byte(`{"N": "one"}`), &n).Error())
	fmt.Println(json.Unmarshal([]byte(`{"N": 1e3}`), &n), n.N)
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var num struct{ V json.Number }
	fmt.Println(json.Unmarshal([]byte(`{"V": 12.50}`), &num), num.V)
	fmt.Println(json.Valid([]byte(`[1,2]`)), json.Valid([]byte(`[1,`)))
}
