// constructs: maps, make, pointers, structs, functions
package main

type T struct{ n int }

var m = map[string]*T{"a": {1}}
var buf = make([]byte, 10)
var big = make([]byte, 100000)
var p = mk(4)
var q = &T{2}
var xs = []*T{{3}}
var ys = append([]int{1}, 2)

func mk(n int) *T {
	return &T{n}
}

func main() {
	println(len(m), len(buf), len(big), p.n, q.n, len(xs), len(ys))
}
