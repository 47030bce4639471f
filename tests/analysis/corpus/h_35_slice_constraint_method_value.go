// constructs: generics, functions, method-values, slicing, copy, make, methods
package main

func Clone[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	copy(out, s)
	return out
}

type Ints []int

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func main() {
	xs := Ints{1, 2, 3}
	ys := Clone(xs)
	zs := Clone(xs[1:])
	var b Box[int]
	set := b.Set
	set(4)
	println(len(ys), len(zs), b.v)
}
