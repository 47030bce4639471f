// constructs: functions, closures, builtins
package main

func outer() func() func() int {
	x := 0
	return func() func() int {
		y := 10
		return func() int {
			x++
			return x + y
		}
	}
}

func main() { println(outer()()()) }
