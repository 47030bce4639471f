// constructs: functions, pointers, append, slice-literals
package main

var gs []*int

func join(a, b []*int) []*int { return append(a, b...) }

func addAll(dst []*int, ps ...*int) []*int { return append(dst, ps...) }

func main() {
	x, y := 1, 2
	s := []*int{&x}
	t := []*int{&y}
	u := join(s, t)
	z, w := 3, 4
	v := addAll(nil, &z, &w)
	k := 5
	gs = append(gs, []*int{&k}...)
	println(len(u), len(v))
}
