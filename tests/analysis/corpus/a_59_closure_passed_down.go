// constructs: functions, closures, builtins
package main

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	k := 3
	println(apply(func(x int) int { return x * k }, 2))
	total := 0
	println(apply(func(x int) int { total += x; return total }, 5))
}
