// constructs: structs, loops, interfaces, stdlib
package main

import (
	"container/list"
	"fmt"
)

type job struct {
	id   int
	name string
}

func main() {
	var q list.List
	q.Init()
	q.PushBack(job{1, "a"})
	q.PushBack(job{2, "b"})
	for q.Len() > 0 {
		e := q.Front()
		j := q.Remove(e).(job)
		fmt.Println(j.id, j.name)
	}
}
