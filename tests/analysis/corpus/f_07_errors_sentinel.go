// constructs: functions, maps, interfaces, stdlib
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	if _, err := find(m, "b"); errors.Is(err, ErrNotFound) {
		fmt.Println("missing:", err)
	}
	v, _ := find(m, "a")
	fmt.Println(v)
}
