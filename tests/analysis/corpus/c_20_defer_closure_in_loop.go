// constructs: functions, defer, closures, loops, slice-literals, builtins
package main

func tally(xs []int) (total int) {
	for _, x := range xs {
		defer func() { total += x }()
	}
	return 0
}

func main() { println(tally([]int{1, 2})) }
