// constructs: goto, labels, pointers, functions, loops
package main

type conn struct{ tries int }

var last *conn

func dial() *conn {
	attempt := 0
retry:
	c := &conn{tries: attempt}
	attempt++
	if attempt < 3 {
		goto retry
	}
	last = c
	return c
}

func skip(n int) int {
	x := n
	if x > 2 {
		goto done
	}
	x = *(&x) + 1
done:
	return x
}

func main() { _, _ = dial(), skip(1) }
