// constructs: interfaces, functions, structs
package main

type T struct{ a, b int }

var sink []any

func show(args ...any) {
	for _, a := range args {
		println(a != nil)
	}
}

func record(args ...any) {
	sink = args
}

func main() {
	n := 4
	t := T{1, 2}
	show(n, t, "s", &t)
	record(n, t)
	u := T{3, 4}
	record(&u)
}
