// constructs: strings, slicing
package main

func readOnly(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		n += int(c)
	}
	return n
}

func mutated(s string) byte {
	b := []byte(s)
	b[0] = 'x'
	return b[0]
}

func copied(s string) int {
	b := []byte(s)
	return copy(b, "zz")
}

func returned(s string) []byte {
	return []byte(s)
}

func sliced(s string) byte {
	b := []byte(s)[1:]
	return b[0]
}

func main() {
	println(readOnly("ab"), mutated("cd"), copied("ef"), len(returned("g")), sliced("hi"))
}
