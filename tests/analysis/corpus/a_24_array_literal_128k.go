// constructs: functions, arrays, size-limits
package main

func f() byte {
	a := [131072]byte{}
	b := [131073]byte{}
	return a[1] + b[1]
}

func main() { _ = f() }
