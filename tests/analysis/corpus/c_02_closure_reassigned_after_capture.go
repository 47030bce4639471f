// constructs: functions, closures
package main

func late() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func early() func() int {
	y := 1
	y = 2
	return func() int { return y }
}

func main() { _, _ = late(), early() }
