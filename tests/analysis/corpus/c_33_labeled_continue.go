// constructs: functions, structs, pointers, loops, labels, builtins
package main

type cell struct{ v int }

func firstPositive(rows int) *cell {
	var found *cell
rows:
	for i := 0; i < rows; i++ {
		for j := 0; j < 2; j++ {
			c := cell{v: i - j}
			if c.v <= 0 {
				continue rows
			}
			found = &c
		}
	}
	return found
}

func main() { println(firstPositive(3) != nil) }
