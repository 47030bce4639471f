// constructs: method-values, size-limits, methods, arrays
package main

type Big [65537]byte

func (b Big) First() byte { return b[0] }

type Fit [65520]byte

func (b Fit) First() byte { return b[0] }

func (b *Big) PFirst() byte { return b[0] }

func main() {
	var b Big
	f := b.First
	var c Fit
	g := c.First
	var d Big
	h := d.PFirst
	println(f(), g(), h())
}
