// constructs: functions, pointers, maps
package main

func lookup(k string) int {
	a, b := 1, 2
	m := map[string]*int{"a": &a, "b": &b}
	if p, ok := m[k]; ok {
		return *p
	}
	return 0
}

func main() { _ = lookup("a") }
