// constructs: functions, arrays, pointers, builtins, size-limits
package main

func f() byte {
	p := new([65536]byte)
	q := new([65537]byte)
	return p[0] + q[0]
}

func main() { _ = f() }
