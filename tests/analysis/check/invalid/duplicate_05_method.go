// kind: duplicate
package main

import "fmt"

type stack struct{ items []int }

func (s *stack) push(v int) {
	s.items = append(s.items, v)
}

func (s *stack) push(v int) {
	s.items = append([]int{v}, s.items...)
}

func main() {
	s := &stack{}
	s.push(1)
	fmt.Println(s.items)
}
