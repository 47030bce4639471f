package main

func main() {
	n := uint(1)
	var b byte = 0x1ff >> n
	var c int8 = 300 << n
	println(b, c)
}
