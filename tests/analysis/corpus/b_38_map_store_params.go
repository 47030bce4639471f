// constructs: functions, pointers, maps
package main

func put(m map[string]*int, k string, v *int) {
	m[k] = v
}

func main() {
	x := 3
	put(map[string]*int{}, "x", &x)
}
