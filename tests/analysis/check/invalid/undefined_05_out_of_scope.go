// kind: undefined
package main

import "fmt"

func main() {
	xs := []int{3, 1, 2}
	if len(xs) > 0 {
		first := xs[0]
		fmt.Println(first)
	}
	fmt.Println(first)
}
