// constructs: functions, arrays, make, size-limits
package main

func under() int {
	s := make([][3]int, 2730)
	return s[0][1]
}

func over() int {
	s := make([][3]int, 2731)
	return s[0][1]
}

func main() { _, _ = under(), over() }
