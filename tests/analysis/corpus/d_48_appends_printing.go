// constructs: append, copy, slicing, pointers, builtins
package main

var sink []*int
var sinkB []byte

func main() {
	x := 1
	var local []*int
	local = append(local, &x)
	y := 2
	sink = append(sink, &y)
	s := "abc"
	sinkB = append([]byte(s), "def"...)
	b := append([]byte{}, s...)
	c := make([]byte, 3)
	copy(c, "xyz")
	n := copy(c, s)
	println(len(local), len(b), n)
}
