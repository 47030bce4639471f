// constructs: functions, pointers, make, maps
package main

type T struct{ n int }

var sink *T
var table map[int]*T
var later = build()

func init() {
	sink = &T{1}
	x := &T{2}
	println(x.n)
}

func init() {
	table = make(map[int]*T)
	table[1] = &T{3}
}

func build() []*T {
	return []*T{{4}}
}

func main() {
	println(sink.n, len(table), len(later))
}
