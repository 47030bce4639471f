// constructs: functions, pointers, loops
package main

func byIndex(xs []int) *int {
	var m *int
	for i := range xs {
		if m == nil || xs[i] > *m {
			m = &xs[i]
		}
	}
	return m
}

func byValue(xs []int) *int {
	var m *int
	for _, x := range xs {
		if m == nil || x > *m {
			m = &x
		}
	}
	return m
}

func main() { _, _ = byIndex(nil), byValue(nil) }
