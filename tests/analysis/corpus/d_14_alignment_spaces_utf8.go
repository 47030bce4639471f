// constructs: structs, pointers, maps
package main

type T struct{ n int }

var sinkM map[string]*T
var sink *T

func main() {
	sinkM = map[string]*T{
		"a":     {1},          // short
		"bbbbb": &T{2},        // longer key
		"é":     {n: 3},       // non-ascii key
		"ü€":    &T{n: 4 + 1}, // more
	}
	s, p := "héllo wörld", &T{5}
	/* ééé */ q := &T{6}
	sink = q
	println(s, p.n)
}
