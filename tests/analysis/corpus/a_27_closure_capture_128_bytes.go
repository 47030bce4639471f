// constructs: functions, closures, arrays, size-limits
package main

func small() func() int64 {
	var a [16]int64
	return func() int64 { return a[0] }
}

func large() func() int64 {
	var b [17]int64
	return func() int64 { return b[0] }
}

func main() { _, _ = small(), large() }
