// kind: const
package main

import "fmt"

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / 0
}

func main() {
	fmt.Println(average([]int{1, 2}))
}
