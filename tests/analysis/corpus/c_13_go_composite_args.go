// constructs: functions, structs, pointers, go, slice-literals
package main

type pair struct{ a, b *int }

func consume(p pair) { _ = *p.a + *p.b }

func total(xs []int) int { return xs[0] + xs[1] }

func launch() {
	x, y := 1, 2
	go consume(pair{&x, &y})
	go total([]int{1, 2, 3})
}

func main() { launch() }
