// constructs: functions, make, size-limits
package main

func under() byte {
	b := make([]byte, 65536)
	return b[0]
}

func over() byte {
	b := make([]byte, 65537)
	return b[0]
}

func main() { _, _ = under(), over() }
