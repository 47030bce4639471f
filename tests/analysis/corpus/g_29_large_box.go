// constructs: interfaces, size-limits, structs, arrays
package main

type Big struct{ a [2000]int }

type Small struct{ a [4]int }

var sink any

func useAny(v any) bool { return v == nil }

func main() {
	var b Big
	b.a[0] = 1
	println(useAny(b))
	var s Small
	println(useAny(s))
	var huge [20000]int64
	sink = huge
	local := any(Big{})
	println(local != nil)
}
