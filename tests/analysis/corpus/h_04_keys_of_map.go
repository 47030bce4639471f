// constructs: generics, functions, maps, make, append, loops
package main

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	ks := Keys(m)
	p := map[int]*int{}
	x := 5
	p[1] = &x
	println(len(ks), len(Keys(p)))
}
