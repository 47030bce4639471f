// constructs: generics, interfaces, devirtualization, methods
package main

type G[T any] struct{ v T }

//go:noinline
func (g G[T]) Get() T { return g.v }

func main() {
	var a G[byte] = G[uint8]{1}
	var r G[rune] = G[int32]{2}
	var i interface{ Get() byte } = a
	println(i.Get(), r.v)
	var j interface{ Get() []byte } = G[[]byte]{}
	println(j.Get())
}
