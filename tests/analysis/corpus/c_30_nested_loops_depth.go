// constructs: functions, pointers, loops, builtins
package main

func grid(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		var row *int
		cell := i
		row = &cell
		for j := 0; j < n; j++ {
			inner := j
			row = &inner
		}
		total += *row
	}
	return total
}

func main() { println(grid(3)) }
