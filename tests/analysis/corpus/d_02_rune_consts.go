// constructs: functions, builtins
package main

var sink []byte

func h(a, b, c, d, e, f, g, i rune) string {
	return string(a + b + c + d + e + f + g + i)
}

func k(n int, u uint8, r rune) string {
	return string(rune(n) + rune(u) + r)
}

func main() {
	sink = []byte(h('a', 'é', '\t', rune(9), '\'', 'a'+1, 0x1F600, '\x00'))
	sink = []byte(k('a', 'b', 'c'+'d'))
	sink = []byte(h(int32(7), 65, '\\', -1, 0x7f, 0xa0, 0xFFFD, 'z'-1))
}
