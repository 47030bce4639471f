// constructs: functions, closures, pointers, slice-literals, structs
package main

type holder struct{ f func() *int }

func callFirst(fs []func() *int) *int { return fs[0]() }

func callField(h *holder) *int { return h.f() }

func main() {
	x := 0
	r := callFirst([]func() *int{func() *int { return &x }})
	y := 0
	h := holder{f: func() *int { return &y }}
	s := callField(&h)
	println(*r, *s)
}
