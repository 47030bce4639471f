// constructs: functions, pointers, slice-literals
package main

func pair(a, b *int) []*int {
	return []*int{a, b}
}

func main() {
	x, y := 1, 2
	_ = pair(&x, &y)
}
