// accepts: *(*T)(x) is a dereference of a conversion
package main

import "unsafe"

type funcval struct{ fn uintptr }

func call[T any](fn *funcval, arg unsafe.Pointer) {
	cleanup := *(*func(T))(unsafe.Pointer(&fn))
	cleanup(*(*T)(arg))
}

func main() {
	x := 1
	call[int](nil, unsafe.Pointer(&x))
}
