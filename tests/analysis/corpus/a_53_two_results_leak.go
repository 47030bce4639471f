// constructs: functions, pointers
package main

func swap(a, b *int) (*int, *int) { return b, a }

func firstOnly() *int {
	x, y := 1, 2
	p, _ := swap(&x, &y)
	return p
}

func main() { _ = firstOnly() }
