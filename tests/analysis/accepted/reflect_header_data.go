// accepts: a reflect.SliceHeader or StringHeader Data field read or written as a pointer
package main

import (
	"reflect"
	"unsafe"
)

func fromSliceData(s []int) unsafe.Pointer {
	return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data)
}

func fromStringData(s string) unsafe.Pointer {
	return unsafe.Pointer((*reflect.StringHeader)(unsafe.Pointer(&s)).Data)
}

func toSliceData(s *[]int, p unsafe.Pointer) {
	(*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(p)
}

func otherField(s *[]int) int {
	return (*reflect.SliceHeader)(unsafe.Pointer(s)).Len
}

func main() {
	xs := []int{1, 2}
	s := "hi"
	println(fromSliceData(xs), fromStringData(s), otherField(&xs))
	var ys []int
	n := 5
	toSliceData(&ys, unsafe.Pointer(&n))
}
