// constructs: closures, size-limits, arrays
package main

var sinkF func() int64

func main() {
	var a [16]int64
	f := func() int64 { return a[0] }
	var b [17]int64
	g := func() int64 { return b[0] }
	println(f(), g())
	var c [17]int64
	sinkF = func() int64 { return c[1] }
	var d [16]int64
	sinkF = func() int64 { return d[1] }
	var e [8193]int64
	h := func() int64 { return e[2] }
	println(h())
}
