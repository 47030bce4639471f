// constructs: functions, closures, loops, slice-literals, builtins
package main

func sum(xs []int) int {
	total := 0
	add := func(v int) { total += v }
	for _, v := range xs {
		add(v)
	}
	return total
}

func main() { println(sum([]int{1, 2, 3})) }
