// constructs: functions, structs, pointers, methods, slicing, self-assignment, builtins
package main

type reader struct {
	buf []byte
	pos int
}

func (r *reader) next() byte {
	b := r.buf[0]
	r.buf = r.buf[1:]
	r.pos++
	return b
}

func main() {
	r := &reader{buf: []byte("ab")}
	println(r.next())
}
