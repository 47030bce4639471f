// constructs: interfaces, slice-literals, functions
package main

var sink []any

func count(xs []any) int { return len(xs) }

func build(a, b int) []any {
	return []any{a, b, "c"}
}

func main() {
	x, y := 1, 2
	println(count([]any{x, y}))
	sink = []any{x, true, 3}
	z := 7
	local := []any{&z, z}
	println(len(local), len(build(x, y)))
}
