// family: generics-std
package main

import (
	"fmt"
	"slices"
)

type Task struct {
	ID       int
	Priority int
	Done     bool
}

func main() {
	tasks := []Task{{1, 3, false}, {2, 1, true}, {3, 2, false}, {4, 5, true}}
	open := slices.DeleteFunc(slices.Clone(tasks), func(t Task) bool { return t.Done })
	fmt.Println(len(open), len(tasks))
	ids := make([]int, 0, len(tasks))
	for _, t := range tasks {
		ids = append(ids, t.ID)
	}
	ids = slices.Insert(ids, 1, 99)
	slices.Reverse(ids)
	fmt.Println(ids, slices.Contains(ids, 99), slices.Index(ids, 3))
	ids = slices.Compact(append(ids, ids[len(ids)-1]))
	fmt.Println(ids, slices.Equal(ids, []int{4, 3, 2, 99, 1}))
	fmt.Println(slices.Max(ids), slices.Min(ids), slices.Repeat([]int{0}, 3))
	ids = slices.Grow(ids, 10)
	fmt.Println(cap(ids) >= 15)
}
