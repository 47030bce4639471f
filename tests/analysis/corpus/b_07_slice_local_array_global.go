// constructs: functions, arrays, slicing
package main

var last []byte

func remember(c byte) {
	var buf [16]byte
	buf[0] = c
	last = buf[:1]
}

func main() { remember('x') }
