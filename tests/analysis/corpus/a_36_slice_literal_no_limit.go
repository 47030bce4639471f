// constructs: functions, slice-literals, size-limits
package main

func f() int64 {
	s := []int64{25000: 1}
	return s[25000]
}

func main() { _ = f() }
