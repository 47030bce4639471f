// Prints what the runtime's roundupsize gives for every small size, as
// append observes it: growing an empty slice to exactly n elements makes
// a backing array of roundupsize(n*elemsize) bytes.
package main

import "fmt"

var sinkB []byte
var sinkP []*int

func main() {
	for n := 1; n <= 33000; n++ {
		sinkB = append([]byte(nil), make([]byte, n)...)
		fmt.Println("noscan", n, cap(sinkB))
	}
	for n := 1; n <= 33000/8; n++ {
		sinkP = append([]*int(nil), make([]*int, n)...)
		fmt.Println("scan", n*8, cap(sinkP)*8)
	}
}
