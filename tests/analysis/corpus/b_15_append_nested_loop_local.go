// constructs: functions, append, loops, builtins
package main

func grid(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		var row []int
		for j := 0; j < i; j++ {
			row = append(row, j)
		}
		total += len(row)
	}
	return total
}

func main() { _ = grid(4) }
