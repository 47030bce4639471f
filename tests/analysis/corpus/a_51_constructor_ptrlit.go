// constructs: functions, structs, pointers, make, builtins
package main

type Buffer struct {
	data []byte
	pos  int
}

func NewBuffer(n int) *Buffer {
	return &Buffer{data: make([]byte, n)}
}

func main() {
	b := NewBuffer(16)
	println(len(b.data), b.pos)
}
