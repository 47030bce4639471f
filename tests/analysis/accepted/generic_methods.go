// accepts: generic methods (Go 1.27), instantiated at each call with gc's names and dictionaries
package main

import "fmt"

type List struct{ items []any }

func (l *List) Add[T any](x T) *List {
	l.items = append(l.items, x)
	return l
}

func (l List) Count[T any]() int {
	n := 0
	for _, it := range l.items {
		if _, ok := it.(T); ok {
			n++
		}
	}
	return n
}

func main() {
	l := &List{}
	fmt.Println(l.Add(1).Add("s"), l.Count[int]())
	var v List
	fmt.Println(v.Add(2.5) != nil)
}
