// kind: generics
package main

import "fmt"

func max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	n := 3
	f := 2.5
	fmt.Println(max(n, f))
}
