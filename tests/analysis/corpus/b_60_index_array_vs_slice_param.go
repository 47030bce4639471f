// constructs: functions, pointers, arrays, slicing
package main

func fromArray(a [3]*int) *int {
	return a[1]
}

func fromSlice(s []*int) *int {
	return s[1]
}

func fromArrayPtr(p *[3]*int) *int {
	return p[1]
}

func main() {
	var a [3]*int
	_, _, _ = fromArray(a), fromSlice(a[:]), fromArrayPtr(&a)
}
