// constructs: strings, maps
package main

var m = map[string]int{"a": 1}

func look(b []byte) int {
	return m[string(b)]
}

func cmp(b []byte) bool {
	return string(b) == "x"
}

func conv(b []byte) string {
	return string(b)
}

func local(b []byte) int {
	s := string(b)
	return len(s)
}

func main() {
	b := []byte{'a'}
	println(look(b), cmp(b), conv(b), local(b))
}
