// kind: generic-method
package main

import "fmt"

type Finder struct{ all []any }

func (f Finder) First[T any]() (T, bool) {
	for _, x := range f.all {
		if t, ok := x.(T); ok {
			return t, true
		}
	}
}

func main() {
	f := Finder{all: []any{"a", 1}}
	n, ok := f.First[int]()
	fmt.Println(n, ok)
}
