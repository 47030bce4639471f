// constructs: functions, methods, structs, pointers, slicing, make, self-assignment
package main

type Buf struct {
	data []byte
	rest []byte
}

func (b *Buf) Skip(n int) {
	b.rest = b.data[n:]
}

func main() {
	b := Buf{data: make([]byte, 8)}
	b.Skip(2)
}
