// constructs: pointers, loops, interfaces, stdlib
package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushFront("zero")
	x := 5
	l.PushBack(&x)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
	}
	fmt.Println(l.Len())
}
