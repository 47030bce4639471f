// kind: missing-return
package main

import "fmt"

type stack struct{ items []int }

func (s *stack) pop() int {
	if len(s.items) == 0 {
		panic("empty stack")
	}
	if len(s.items) > 0 {
		v := s.items[len(s.items)-1]
		s.items = s.items[:len(s.items)-1]
		return v
	}
}

func main() {
	s := &stack{items: []int{1, 2}}
	fmt.Println(s.pop())
}
