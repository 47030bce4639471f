// constructs: interfaces, maps
package main

type K struct{ a, b int }

func main() {
	m := map[string]any{}
	n := 10
	m["n"] = n
	m["lit"] = 3
	s := "v"
	lit := map[string]any{"s": s, "k": K{1, 2}}
	keys := map[any]int{}
	k := K{3, 4}
	keys[k] = 1
	keys["str"] = 2
	_, ok := keys[K{5, 6}]
	v := keys[n]
	println(len(m), len(lit), ok, v)
}
