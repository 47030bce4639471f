// kind: mismatch-return
package main

import "fmt"

func find(m map[string]int, k string) int {
	v, ok := m[k]
	return v, ok
}

func main() {
	fmt.Println(find(map[string]int{"a": 1}, "a"))
}
