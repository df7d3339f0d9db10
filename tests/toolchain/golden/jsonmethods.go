package main

// encoding/json with types that marshal and unmarshal themselves (MarshalJSON on a value
// receiver, UnmarshalJSON on a pointer receiver, RawMessage), and a Decoder on a stream.

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

// MarshalJSON writes the temperature with its unit.
func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Level int

// UnmarshalJSON reads a level by name.
func (l *Level) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"low"`:
		*l = 1
	case `"high"`:
		*l = 3
	default:
		return fmt.Errorf("bad level %s", b)
	}
	return nil
}

type Reading struct {
	Temp  Celsius         `json:"temp"`
	Level Level           `json:"level"`
	Extra json.RawMessage `json:"extra,omitempty"`
}

func main() {
	b, err := json.Marshal(Reading{Temp: 21.25, Extra: json.RawMessage(`{"raw":true}`)})
	fmt.Println(string(b), err)
	var r Reading
	fmt.Println(json.Unmarshal([]byte(`{"level":"high","extra":[1, 2]}`), &r), r.Level, string(r.Extra))
	fmt.Println(json.Unmarshal([]byte(`{"level":"mid"}`), &r))

	dec := json.NewDecoder(strings.NewReader(`{"level":"low"} {"level":"high"}`))
	for {
		var x Reading
		if err := dec.Decode(&x); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(x.Level)
	}
}
