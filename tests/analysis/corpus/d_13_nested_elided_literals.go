// constructs: structs, pointers, slice-literals, maps, arrays
package main

type T struct{ n int }

var sink []*T
var sinkM map[string]*T

func main() {
	sink = []*T{{1}, {2}}
	sinkM = map[string]*T{"a": {3}, "b": {n: 4}}
	xs := [][]int{{1}, {2, 3}}
	ys := []*[]int{{5}, {6}}
	zs := [...]*T{{7}}
	ms := map[T]*T{{1}: {2}}
	ws := [][]*T{{{8}}, {}}
	println(len(xs), len(ys), len(zs), len(ms), len(ws))
}
