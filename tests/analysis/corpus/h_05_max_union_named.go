// constructs: generics, functions, pointers
package main

type MyInt int

type Number interface {
	~int | float64
}

var best *float64

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxPtr[T Number](a, b *T) *T {
	if *a > *b {
		return a
	}
	return b
}

func main() {
	x, y := MyInt(3), MyInt(4)
	println(Max(1, 2), Max(1.5, 0.5), Max(x, y))
	f, g := 1.0, 2.0
	best = MaxPtr(&f, &g)
	i, j := MyInt(1), MyInt(2)
	println(*MaxPtr(&i, &j))
}
