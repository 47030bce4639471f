// constructs: functions, builtins
package main

type E int
type S string
type A = int32
type B = byte

const K E = 3
const L S = "ell"

var sink []byte

func g(e E, s S, a A, b B, u uint8, i int64, v uint64, w uint) string {
	if e > 0 && a > 0 && b > 0 && u > 0 && i > 0 && v > 0 && w > 0 {
		return string(s)
	}
	return ""
}

func main() {
	sink = []byte(g(E(3), S("x"), A(4), B(5), uint8(6), int64(-7), uint64(1<<63), 42))
	sink = []byte(g(K, L, 'a', 'b', 255, 1<<40, 0, ^uint(0)))
	sink = []byte(g(K*2, L+"x", -A(1), B(K), 1, -(1 << 62), 3, 7))
}
