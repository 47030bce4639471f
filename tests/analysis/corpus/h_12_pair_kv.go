// constructs: generics, structs, pointers, functions, methods
package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) *Pair[K, V] {
	return &Pair[K, V]{k, v}
}

func (p *Pair[K, V]) ValPtr() *V { return &p.Val }

func main() {
	p := MakePair("a", 1)
	x := 2
	q := MakePair(3, &x)
	local := Pair[int, int]{1, 2}
	v := local.ValPtr()
	println(p.Key, *q.Val, *v)
}
