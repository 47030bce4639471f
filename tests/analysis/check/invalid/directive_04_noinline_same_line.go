// kind: directive
package main

import "fmt"

func newBuffer() []byte { //go:noinline
	return make([]byte, 64)
}

func main() {
	b := newBuffer()
	fmt.Println(len(b))
}
