// constructs: loops, pointers, structs, append, make
package main

type box struct{ v int }

func main() {
	var b *box
	var s []int
	for i := 0; i < 3; i++ {
		b = &box{v: i}
		s = append(s, i)
		var inner *int
		for j := 0; j < 2; j++ {
			inner = new(int)
			m := make([]int, 8)
			_ = m
		}
		n := new(int)
		*n = i
		println(inner == nil, *n)
	}
	println(b.v, len(s))
}
