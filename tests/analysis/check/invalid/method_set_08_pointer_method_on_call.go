// kind: method-set
package main

import "fmt"

type buffer struct{ data []byte }

func (b *buffer) write(s string) {
	b.data = append(b.data, s...)
}

func newBuffer() buffer {
	return buffer{}
}

func main() {
	newBuffer().write("x")
	fmt.Println("done")
}
