// constructs: functions, pointers, loops, slice-literals
package main

func f(xs []int) int {
	var p *int
	for _, x := range xs {
		p = &x
	}
	return *p
}

func main() { _ = f([]int{1}) }
