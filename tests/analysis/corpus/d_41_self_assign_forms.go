// constructs: self-assignment, structs, pointers, slicing
package main

type Buf struct {
	buf []byte
	s   struct{ buf []byte }
}

func (b *Buf) Trim(i, j int) {
	b.buf = b.buf[1:]
	b.buf = b.buf[byte(1):int32(2)]
	(*b).buf = (*b).buf[:i]
	b.s.buf = b.s.buf[i:j]
	b.buf = (*b).buf[2:]
	b.buf = b.buf[i:j:j]
	b.buf = b.buf[:len(b.buf)-1]
}

func trim(b *Buf, n int) {
	b.buf = b.buf[n+1 : 2*n]
	b.buf = b.buf[-(-1):]
}

func main() {
	b := &Buf{}
	b.Trim(0, 0)
	trim(b, 0)
}
