// constructs: functions, make, append, builtins
package main

func buf(n int) int {
	b := make([]byte, n)
	return len(b)
}

func capOnly(n int) int {
	b := make([]byte, 0, n)
	b = append(b, 'a')
	return len(b)
}

func main() { _, _ = buf(3), capOnly(3) }
