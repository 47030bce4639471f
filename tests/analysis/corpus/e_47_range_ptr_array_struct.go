// constructs: loops, arrays, structs, pointers, functions
package main

type item struct{ p *int }

func firstP(items *[2]item) *int {
	for _, it := range items {
		return it.p
	}
	return nil
}

func firstV(items [2]item) *int {
	for _, it := range items {
		return it.p
	}
	return nil
}

func firstS(items []item) *int {
	for i := range items {
		return items[i].p
	}
	return nil
}

func main() {
	x := 1
	arr := [2]item{{p: &x}}
	println(*firstP(&arr), *firstV(arr), *firstS(arr[:]))
}
