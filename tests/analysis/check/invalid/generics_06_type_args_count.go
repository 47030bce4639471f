// kind: generics
package main

import "fmt"

type pair[K comparable, V any] struct {
	key K
	val V
}

func main() {
	p := &pair[string]{key: "a"}
	fmt.Println(p.key)
}
