// accepts: two constants in one spec
package main

const a, b = 1, 2

func main() {
	_ = a + b
}
