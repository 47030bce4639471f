// constructs: unsafe, pointers, structs
package main

import "unsafe"

type T struct{ a, b int64 }

func second(p *T) *int64 {
	return (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8))
}

func shifted(p *T, k uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(p)) + k*2)
}

func addr(p *T) uintptr {
	return uintptr(unsafe.Pointer(p))
}

func main() {
	t := T{1, 2}
	println(*second(&t))
	u := T{3, 4}
	println(shifted(&u, 0) != nil, addr(&u) != 0)
}
