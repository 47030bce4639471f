// constructs: functions, closures, builtins
package main

func twice(f func()) {
	f()
	f()
}

func run() int {
	n := 0
	twice(func() { n++ })
	return n
}

func main() { println(run()) }
