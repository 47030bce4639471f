// constructs: functions, closures, loops, slice-literals, builtins
package main

func last(xs []int) int {
	var f func() int
	for _, x := range xs {
		acc := x
		f = func() int {
			acc++
			return acc
		}
	}
	return f()
}

func main() { println(last([]int{4, 5})) }
