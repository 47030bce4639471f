// constructs: inlining, generics, methods, pointers, closures
package main

type Num interface{ ~int | ~float64 }

type Named interface{ Name() string }

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T)  { b.v = v }
func (b Box[T]) Get() T    { return b.v }
func (b *Box[T]) Ptr() *T { return &b.v }

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Same[T comparable](a, b T) bool { return a == b }

func Keep[T any](p T) func() T { return func() T { return p } }

func Count[T Named](xs []T) int { return len(xs) }

type user struct{ n string }

func (u *user) Name() string { return u.n }

func helper() *int {
	x := 3
	f := Keep[*int]
	return f(&x)()
}

func main() {
	var b Box[string]
	b.Set("a")
	set := b.Set
	set("b")
	p := b.Ptr()
	println(*p, b.Get())
	i, j := 1, 2
	println(Same(&i, &j), Same("a", "b"))
	println(Sum([]int{1, 2}), Sum([]float64{1.5}))
	println(Count([]*user{{"u"}}), *helper())
	q := Box[*int]{&i}
	println(*q.Get())
}
