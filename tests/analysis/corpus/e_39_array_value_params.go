// constructs: functions, arrays, pointers
package main

var sink *int

func pick(a [3]*int) *int { return a[1] }

func pickp(a *[3]*int) *int { return a[1] }

func leakArr(a [2]*int) { sink = a[0] }

func arrOf(p *int) [2]*int { return [2]*int{p, nil} }

func main() {
	x, y, z := 1, 2, 3
	r1 := pick([3]*int{&x, &y, &z})
	arr := [3]*int{&x, &y, &z}
	r2 := pickp(&arr)
	w := 4
	leakArr([2]*int{nil, &w})
	v := 5
	got := arrOf(&v)
	println(*r1, *r2, got[0] != nil)
}
