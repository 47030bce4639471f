// constructs: functions, make, channels, builtins
package main

func roundtrip() int {
	ch := make(chan []int, 1)
	ch <- make([]int, 4)
	s := <-ch
	return len(s)
}

func main() { _ = roundtrip() }
