// constructs: functions, append, loops
package main

func upto(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() { _ = upto(5) }
