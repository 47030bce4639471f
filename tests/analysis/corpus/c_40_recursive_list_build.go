// constructs: functions, structs, pointers, recursion, builtins
package main

type list struct {
	v    int
	next *list
}

func build(n int) *list {
	if n == 0 {
		return nil
	}
	return &list{v: n, next: build(n - 1)}
}

func length(l *list) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func main() { println(length(build(3))) }
