// constructs: functions, methods, structs, pointers, builtins
package main

type T struct{ n int }

var kept *T

func (t *T) Keep() { kept = t }

func (t *T) Peek() int { return t.n }

func main() {
	var a, b T
	f := (*T).Keep
	f(&a)
	g := (*T).Peek
	println(g(&b))
}
