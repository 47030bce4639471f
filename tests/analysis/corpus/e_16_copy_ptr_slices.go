// constructs: functions, pointers, copy, slice-literals, make, arrays, slicing
package main

func cp(dst, src []*int) int { return copy(dst, src) }

func cpArr(dst *[2]*int, src [2]*int) int { return copy(dst[:], src[:]) }

func main() {
	a, b := 1, 2
	src := []*int{&a, &b}
	dst := make([]*int, 2)
	cp(dst, src)
	c, d := 3, 4
	var arr [2]*int
	copy(arr[:], []*int{&c, &d})
	e := 5
	var da [2]*int
	cpArr(&da, [2]*int{&e, nil})
	println(dst[0] == nil, arr[0] == nil)
}
