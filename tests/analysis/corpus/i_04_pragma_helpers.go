// constructs: pragmas, functions, pointers, slicing
package main

type buf struct{ data []byte }

//go:noinline
func grow(b *buf, n int) {
	b.data = append(b.data, make([]byte, n)...)
}

//go:noinline
func view(b *buf) []byte { return b.data[:1] }

func main() {
	var b buf
	grow(&b, 4)
	v := view(&b)
	println(len(v))
}
