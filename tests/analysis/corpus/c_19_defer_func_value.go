// constructs: functions, defer, closures, pointers
package main

func cleanup() int {
	x := 0
	undo := func() { x-- }
	defer undo()
	y := 0
	defer func(p *int) { *p = 1 }(&y)
	x++
	return x + y
}

func main() { _ = cleanup() }
