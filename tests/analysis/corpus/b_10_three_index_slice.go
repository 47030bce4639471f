// constructs: functions, arrays, slicing, append, make, builtins
package main

func limit(s []byte) []byte {
	return s[0:2:2]
}

func grow() int {
	var a [4]int
	t := a[0:2:2]
	t = append(t, 7)
	return len(t) + a[0]
}

func main() {
	_ = limit(make([]byte, 4))
	_ = grow()
}
