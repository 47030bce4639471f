// constructs: functions, arrays, slicing, make, loops, builtins
package main

func fill(buf []byte, v byte) {
	for i := range buf {
		buf[i] = v
	}
}

func main() {
	var a [64]byte
	fill(a[:], 1)
	b := make([]byte, 32)
	fill(b, 2)
	println(a[0] + b[0])
}
