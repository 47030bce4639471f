// constructs: functions, structs, pointers, loops
package main

type box struct{ v int }

func lastAddr(n int) *int {
	var p *int
	for i := range n {
		p = &i
	}
	return p
}

func sumBoxes(n int) int {
	c := 0
	for i := range n {
		b := &box{v: i}
		c += b.v
	}
	return c
}

func main() { _, _ = lastAddr(3), sumBoxes(3) }
