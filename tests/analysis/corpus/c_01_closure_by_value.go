// constructs: functions, closures, pointers, builtins
package main

func reader() func() int {
	x := 7
	p := &x
	return func() int { return *p }
}

func main() { println(reader()()) }
