// kind: nil
package main

import "fmt"

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return nil
}

func main() {
	fmt.Println(find([]int{1}, 1))
}
