// family: interview
package main

import (
	"fmt"
	"strings"
)

func spiral(m [][]int) []int {
	if len(m) == 0 {
		return nil
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	out := make([]int, 0, len(m)*len(m[0]))
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			out = append(out, m[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				out = append(out, m[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				out = append(out, m[r][left])
			}
			left++
		}
	}
	return out
}

func grid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = r*cols + c + 1
		}
	}
	return g
}

func main() {
	fmt.Println(spiral(grid(3, 4)))
	var sb strings.Builder
	for _, row := range grid(2, 2) {
		fmt.Fprintln(&sb, row)
	}
	fmt.Print(sb.String())
}
