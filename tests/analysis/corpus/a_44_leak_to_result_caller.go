// constructs: functions, pointers
package main

func pick(a, b *int, first bool) *int {
	if first {
		return a
	}
	return b
}

func useLocally() int {
	x, y := 1, 2
	return *pick(&x, &y, true)
}

func returnIt() *int {
	x, y := 1, 2
	return pick(&x, &y, false)
}

func main() { _, _ = useLocally(), returnIt() }
