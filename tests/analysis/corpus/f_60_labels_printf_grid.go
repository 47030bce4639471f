// constructs: loops, labels, slice-literals, stdlib
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == 3 {
				fmt.Printf("found at %d,%d\n", i, j)
				break outer
			}
		}
	}
	fmt.Println(grid)
}
