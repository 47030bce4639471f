// constructs: unsafe, interfaces, structs, pointers
package main

import "unsafe"

type H struct{ p unsafe.Pointer }

var sink any

func main() {
	x := 1
	sink = unsafe.Pointer(&x)
	y := 2
	sink = H{unsafe.Pointer(&y)}
	z := 3
	u := uintptr(unsafe.Pointer(&z))
	sink = u
	w := [2]int{1, 2}
	p := unsafe.Pointer(&w)
	q := (*int)(unsafe.Add(p, 8))
	println(*q, unsafe.Sizeof(w))
}
