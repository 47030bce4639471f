// constructs: generics, functions, pointers, builtins, structs
package main

type cfg struct{ name string }

func New[T any]() *T {
	return new(T)
}

func Zero[T any]() T {
	p := new(T)
	return *p
}

func main() {
	a := New[int]()
	b := New[cfg]()
	println(*a, b.name, Zero[string](), Zero[*cfg]() == nil)
}
