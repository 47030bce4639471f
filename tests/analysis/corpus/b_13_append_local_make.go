// constructs: functions, make, append, builtins
package main

func count() int {
	s := make([]int, 0, 4)
	s = append(s, 1, 2, 3)
	return len(s) + cap(s)
}

func main() { _ = count() }
