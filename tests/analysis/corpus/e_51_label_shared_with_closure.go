// constructs: labels, closures, pointers
package main

func main() {
	var p *int
	goto L
L:
	x := 0
	p = &x
	n := 0
	func() {
	L:
		n++
		if n < 3 {
			goto L
		}
	}()
	println(*p, n)
}
