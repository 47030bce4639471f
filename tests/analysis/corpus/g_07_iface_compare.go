// constructs: interfaces, structs
package main

type T struct{ a, b int }

func eq(i any, n int) bool {
	return i == n
}

func eqT(i any, t T) bool {
	return i == t || t == i
}

func sw(i any, n int) int {
	switch i {
	case n:
		return 1
	case "x", 3:
		return 2
	case T{1, 2}:
		return 3
	}
	return 0
}

func main() {
	println(eq(1, 1), eqT(T{}, T{}), sw(4, 4))
}
