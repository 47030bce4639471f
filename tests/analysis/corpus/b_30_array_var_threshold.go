// constructs: functions, arrays, size-limits
package main

func fits() byte {
	var a [131072]byte
	a[1] = 1
	return a[1]
}

func tooBig() byte {
	var a [131073]byte
	a[1] = 1
	return a[1]
}

func main() { _, _ = fits(), tooBig() }
