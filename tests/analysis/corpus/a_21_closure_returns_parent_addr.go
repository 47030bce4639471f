// constructs: functions, closures, pointers, builtins
package main

func main() {
	var u int
	fn := func() *int { return &u }
	*fn() = 42
	println(u)
}
