// constructs: functions, pointers, append
package main

func join(a, b []int) []int {
	return append(a, b...)
}

func joinPtrs(a, b []*int) []*int {
	return append(a, b...)
}

func main() {
	_ = join(nil, nil)
	_ = joinPtrs(nil, nil)
}
