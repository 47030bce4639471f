// constructs: functions, pointers, append, make
package main

func push(s []*int, p *int) []*int {
	return append(s, p)
}

func main() {
	x := 1
	_ = push(make([]*int, 0, 2), &x)
}
