// constructs: loops, pointers, closures
package main

var sink *int

func main() {
	var keep []*int
	for i := range 3 {
		keep = append(keep, &i)
	}
	for i := range 2 {
		p := &i
		println(*p)
	}
	var fs []func() int
	for j := range 4 {
		fs = append(fs, func() int { return j })
	}
	for range 2 {
		x := 5
		sink = &x
	}
	println(len(keep), len(fs))
}
