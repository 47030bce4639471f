// constructs: interfaces
package main

type E int

var sink any

func main() {
	sink = 42
	sink = true
	sink = struct{}{}
	var b byte = 'z'
	sink = b
	y := 7
	sink = y
	var w E = 3
	sink = w
	r := 'a'
	sink = r
	z := 8
	z++
	sink = z
	const k = 100
	sink = k
	sink = "lit" + "eral"
	f := 1.5
	sink = f
}
