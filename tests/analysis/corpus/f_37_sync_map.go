// constructs: pointers, closures, interfaces, stdlib
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	k := "b"
	v := 2
	m.Store(k, &v)
	if x, ok := m.Load("a"); ok {
		fmt.Println(x)
	}
	m.Range(func(k, v any) bool {
		fmt.Println(k, v)
		return true
	})
}
