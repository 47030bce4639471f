// constructs: functions, closures
package main

func byValue() func() int {
	x := 1
	return func() int { return x }
}

func byRef() func() int {
	x := 1
	return func() int { x++; return x }
}

func local() int {
	y := 2
	f := func() int { y++; return y }
	return f()
}

func main() { _, _, _ = byValue(), byRef(), local() }
