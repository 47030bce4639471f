// constructs: functions, builtins
package main

var sink []byte

func g(b bool, x byte, y int32, z float32, n int, s string) string {
	if b && x > 0 && y > 0 && z > 0 &&&& n > 0 {
		return s
	}
	return s[1:]
}

func main() {
	sink = []byte(g(true, byte(7), int32(9), float32(2.5), -3, "x"))
	b := []byte(g(false, 'a', 'b', 1e3, -(4 + 5), "tab\there"))
	println(len(b))
}
