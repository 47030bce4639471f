// kind: generic-method
package main

import "fmt"

type Bag struct{ items []any }

func (b *Bag) Put[T any](x T) *Bag {
	b.items = append(b.items, x)
	return b
}

func main() {
	b := &Bag{}
	b.Put[int]("three")
	fmt.Println(len(b.items))
}
