// constructs: structs, pointers, arrays, stdlib
package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	q := &Point{3, 4}
	fmt.Printf("%v %+v\n", p, q)
	fmt.Println(p.X, q.Y)
	var big [20]int
	big[3] = 9
	fmt.Println(big)
	fmt.Printf("%#v\n", Point{})
}
