// constructs: functions, pointers, slice-literals, slicing
package main

func tail(s []int) []int {
	return s[1:]
}

func head(s []*int) *int {
	h := s[:1]
	return h[0]
}

func main() {
	x := 1
	_ = tail([]int{1, 2})
	_ = head([]*int{&x})
}
