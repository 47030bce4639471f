// constructs: go, functions, pointers, methods, structs
package main

type W struct{ n int }

func (w *W) Run() {}

func (w W) Val() {}

func use(p *int) {}

func main() {
	a := 0
	go use(&a)
	var w W
	go w.Run()
	var v W
	go v.Val()
	b := 0
	pb := &b
	go use(pb)
	c := [20]int{}
	go func(arr [20]int) { println(arr[0]) }(c)
}
