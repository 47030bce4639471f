// constructs: interfaces, functions, structs
package main

type T struct{ a, b int }

var g any

func ret(t T) any {
	return t
}

func retLocal() any {
	v := T{1, 2}
	return v
}

func assign(x int) {
	var i any
	i = x
	g = i
}

func keep(x int) bool {
	var i any = x
	return i != nil
}

func main() {
	assign(4)
	println(keep(5), ret(T{}) != nil, retLocal() != nil)
}
