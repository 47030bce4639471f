// constructs: closures, arrays, size-limits
package main

type S struct {
	a [16]int64
}

type S2 struct {
	a [16]int64
	b byte
}

func main() {
	var s S
	var s2 S2
	var big [20000]int64
	f := func() int64 { return s.a[0] + s2.a[1] }
	g := func() int64 { return big[0] }
	h := func() [16]int64 { return s.a }
	println(f(), g(), h()[0])
}
