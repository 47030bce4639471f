// kind: missing-return
package main

import "fmt"

func find(xs []int, target int) int {
	for i, x := range xs {
		if x == target {
			return i
		}
	}
}

func main() {
	fmt.Println(find([]int{1, 2, 3}, 2))
}
