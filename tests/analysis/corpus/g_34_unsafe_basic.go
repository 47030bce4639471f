// constructs: unsafe, pointers
package main

import "unsafe"

type T struct{ a, b int64 }

var sinkU uintptr
var sinkP unsafe.Pointer

func roundtrip(p *T) *T {
	u := unsafe.Pointer(p)
	return (*T)(u)
}

func main() {
	x := T{1, 2}
	sinkU = uintptr(unsafe.Pointer(&x))
	y := T{3, 4}
	sinkP = unsafe.Pointer(&y)
	z := T{5, 6}
	q := roundtrip(&z)
	w := 7
	f := *(*float64)(unsafe.Pointer(&w))
	println(q.a, f > 0)
}
