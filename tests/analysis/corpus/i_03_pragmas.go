// constructs: pragmas, functions, pointers, select, goto
package main

var sink *int

//go:noinline
func keep(p *int) { sink = p }

//go:nosplit
func peek(p *int) int { return *p }

//go:norace
func both(a, b *int) *int {
	if *a > *b {
		return a
	}
	return b
}

func main() {
	x, y, z := 1, 2, 3
	keep(&x)
	_ = peek(&y)
	_ = both(&y, &z)
	ch := make(chan int, 1)
	select {
	case ch <- z:
	default:
		goto out
	}
out:
	println(len(ch))
}
