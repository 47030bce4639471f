// constructs: arrays, size-limits
package main

func small() byte {
	var a [131072]byte
	a[1] = 1
	return a[1]
}

func big() byte {
	var a [131073]byte
	a[1] = 1
	return a[1]
}

func bigLit() int64 {
	x := [16385]int64{}
	x[3] = 4
	return x[3]
}

func fitLit() int64 {
	x := [16384]int64{}
	x[3] = 4
	return x[3]
}

func main() {
	println(small(), big(), bigLit(), fitLit())
}
