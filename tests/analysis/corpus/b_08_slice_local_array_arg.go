// constructs: functions, arrays, slicing, loops
package main

func total(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var a [8]int
	a[3] = 4
	_ = total(a[2:5])
}
