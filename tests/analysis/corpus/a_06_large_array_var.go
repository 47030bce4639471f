// constructs: functions, arrays, size-limits
package main

func f() byte {
	var small [128 * 1024]byte
	var big [128*1024 + 1]byte
	return small[0] + big[0]
}

func main() { _ = f() }
