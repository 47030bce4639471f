// constructs: functions, arrays, slicing, copy
package main

func firstFour(s []byte) [4]byte {
	var a [4]byte
	copy(a[:], s)
	return a
}

func main() { _ = firstFour([]byte("hello")) }
