// constructs: functions, pointers, arrays, size-limits, builtins
package main

func fits() byte {
	p := new([65536]byte)
	return p[7]
}

func tooBig() byte {
	p := new([65537]byte)
	return p[7]
}

func main() { _, _ = fits(), tooBig() }
