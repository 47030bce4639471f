// constructs: functions, pointers, loops, slice-literals
package main

var sink *int

func first(ps ...*int) *int {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

func keepAll(ps ...*int) {
	for _, p := range ps {
		sink = p
	}
}

func main() {
	a, b, c := 1, 2, 3
	println(first() == nil, *first(&a), *first(&a, &b))
	keepAll()
	keepAll(&c)
	d := 4
	s := []*int{&d}
	keepAll(s...)
	e := 5
	println(*first([]*int{&e}...))
}
