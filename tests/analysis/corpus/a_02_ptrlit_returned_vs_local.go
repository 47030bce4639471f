// constructs: functions, structs, pointers
package main

type T struct{ a, b int }

func newT() *T { return &T{1, 2} }

func sum() int {
	t := &T{1, 2}
	return t.a + t.b
}

func main() { _, _ = newT(), sum() }
