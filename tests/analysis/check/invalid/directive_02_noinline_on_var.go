// kind: directive
package main

import "fmt"

//go:noinline
var cache = map[string]int{}

func remember(k string, v int) {
	cache[k] = v
}

func main() {
	remember("a", 1)
	fmt.Println(len(cache))
}
