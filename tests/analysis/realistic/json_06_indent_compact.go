// family: json
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

func pretty(raw []byte) (string, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "\t"); err != nil {
		return "", err
	}
	return out.String(), nil
}

func minify(raw []byte) ([]byte, error) {
	dst := new(bytes.Buffer)
	if err := json.Compact(dst, raw); err != nil {
		return nil, err
	}
	return dst.Bytes(), nil
}

func main() {
	in := []byte(`{ "a": [1, 2, 3],  "b": {"c": null} }`)
	if !json.Valid(in) {
		fmt.Println("invalid")
		return
	}
	p, err := pretty(in)
	fmt.Println(p, err)
	m, err := minify(in)
	fmt.Println(string(m), err)
}
