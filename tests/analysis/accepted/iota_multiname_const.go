// accepts: two constants per spec with iota, the second spec implicit
package main

const (
	a, b = iota, iota * 10
	c, d
)

func main() {
	_ = a + b + c + d
}
