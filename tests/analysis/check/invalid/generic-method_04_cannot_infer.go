// kind: generic-method
package main

import "fmt"

type Store struct{ data map[string]any }

func (s Store) Load[T any](key string) T {
	v, _ := s.data[key].(T)
	return v
}

func main() {
	s := Store{data: map[string]any{"n": 42}}
	n := s.Load("n")
	fmt.Println(n)
}
