// family: json
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Click struct {
	X, Y int
}

type KeyPress struct {
	Key string
}

func decodeAll(r io.Reader) ([]any, error) {
	dec := json.NewDecoder(r)
	var out []any
	for {
		var ev Event
		err := dec.Decode(&ev)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch ev.Type {
		case "click":
			var c Click
			if err := json.Unmarshal(ev.Data, &c); err != nil {
				return out, err
			}
			out = append(out, c)
		case "key":
			k := new(KeyPress)
			if err := json.Unmarshal(ev.Data, k); err != nil {
				return out, err
			}
			out = append(out, k)
		}
	}
}

func main() {
	input := `{"type":"click","data":{"X":1,"Y":2}}
{"type":"key","data":{"Key":"q"}}
{"type":"scroll","data":{}}`
	evs, err := decodeAll(strings.NewReader(input))
	fmt.Println(len(evs), err)
	for _, e := range evs {
		fmt.Printf("%T %+v\n", e, e)
	}
}
