// constructs: functions, pointers, slicing, slice-literals
package main

var sink *int

func get(s [][]*int) *int { return s[0][0] }

func put(s [][]*int, p *int) { s[0][0] = p }

func row(s [][]*int) []*int { return s[1] }

func leakRow(s [][]*int) { sink = s[0][0] }

func main() {
	x, y := 1, 2
	inner := []*int{&x}
	outer := [][]*int{inner}
	put(outer, &y)
	z := 3
	in2 := []*int{&z}
	leakRow([][]*int{in2})
	println(*get(outer), len(row(outer)))
}
