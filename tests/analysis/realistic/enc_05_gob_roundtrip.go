// family: encoding
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]string
}

func roundTrip(in Shape) (Shape, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		return Shape{}, err
	}
	var out Shape
	err := gob.NewDecoder(&buf).Decode(&out)
	return out, err
}

func main() {
	s := Shape{Name: "triangle", Points: []Point{{0, 0}, {4, 0}, {0, 3}}, Meta: map[string]string{"color": "red"}}
	got, err := roundTrip(s)
	fmt.Println(got.Name, got.Points, got.Meta["color"], err)
}
