// constructs: maps, slice-literals, append, make, pointers
package main

func main() {
	m := map[string][]*int{}
	x := 1
	m["a"] = append(m["a"], &x)
	s := m["a"]
	y := 2
	s[0] = &y
	m2 := make(map[int][]int)
	m2[1] = make([]int, 4)
	z := 3
	m3 := map[int][]*int{1: {&z}}
	for _, v := range m3 {
		println(len(v))
	}
	println(len(s), len(m2))
}
