// constructs: functions, pointers, maps
package main

func mark(seen map[*int]bool) {
	x := 1
	seen[&x] = true
}

func probe(seen map[*int]bool) bool {
	y := 2
	return seen[&y]
}

func main() {
	m := map[*int]bool{}
	mark(m)
	_ = probe(m)
}
