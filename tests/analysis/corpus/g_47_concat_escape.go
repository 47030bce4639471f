// constructs: strings, interfaces, maps
package main

var sink any
var ms = map[string]int{}

func main() {
	a, b := "x", "y"
	s := a + b
	println(s)
	sink = a + b
	ms[a+b] = 1
	t := a + b + "!"
	sink = t
	bs := []byte(a)
	ms[string(bs)]++
	r := []rune(b)
	sink = string(r)
	u := a
	u += b
	sink = u
}
