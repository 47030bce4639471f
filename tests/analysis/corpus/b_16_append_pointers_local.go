// constructs: functions, pointers, append
package main

func collect() int {
	a, b := 1, 2
	var s []*int
	s = append(s, &a)
	s = append(s, &b)
	return *s[0] + *s[1]
}

func main() { _ = collect() }
