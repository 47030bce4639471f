// constructs: functions, pointers, slice-literals, loops, builtins, self-assignment
package main

func reverse(s []*int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	a, b := 1, 2
	reverse([]*int{&a, &b})
}
