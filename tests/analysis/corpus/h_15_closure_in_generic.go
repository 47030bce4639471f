// constructs: generics, closures, functions
package main

func Const[T any](v T) func() T {
	return func() T { return v }
}

func Counter[T ~int](start T) func() T {
	n := start
	return func() T {
		n++
		return n
	}
}

func main() {
	c := Const("x")
	d := Const(4)
	next := Counter(10)
	println(c(), d(), next())
}
