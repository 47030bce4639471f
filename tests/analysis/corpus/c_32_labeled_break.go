// constructs: functions, pointers, loops, labels, slice-literals, builtins
package main

func find(m [][]int, want int) *int {
	var hit *int
outer:
	for _, row := range m {
		for j := range row {
			if row[j] == want {
				hit = &row[j]
				break outer
			}
		}
	}
	return hit
}

func main() { println(find([][]int{{1, 2}, {3}}, 3) != nil) }
