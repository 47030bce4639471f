// constructs: functions, slice-literals, append, maps, loops
package main

func group(xs []int) map[int][]int {
	m := map[int][]int{}
	for _, x := range xs {
		m[x%3] = append(m[x%3], x)
	}
	return m
}

func main() { _ = group([]int{1, 2, 3}) }
