// constructs: functions, pointers, loops
package main

func lastIndex(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		p = &i
	}
	return p
}

func sumIndex(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		q := &i
		s += *q
	}
	return s
}

func main() { _, _ = lastIndex(3), sumIndex(3) }
