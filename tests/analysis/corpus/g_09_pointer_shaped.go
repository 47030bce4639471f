// constructs: interfaces, pointers, maps, channels, closures, structs
package main

type One struct{ p *int }

type Arr [1]*int

var sink any

func main() {
	a := 1
	sink = &a
	m := map[int]int{}
	sink = m
	ch := make(chan int)
	sink = ch
	f := func() int { return 1 }
	sink = f
	b := 2
	sink = One{&b}
	c := 3
	sink = Arr{&c}
	d := 4
	var local any = &d
	println(local != nil)
}
