// constructs: functions, pointers, maps
package main

func get(m map[string]*int, k string) *int {
	return m[k]
}

func has(m map[string][]byte, k string) bool {
	_, ok := m[k]
	return ok
}

func main() {
	_ = get(nil, "a")
	_ = has(nil, "b")
}
