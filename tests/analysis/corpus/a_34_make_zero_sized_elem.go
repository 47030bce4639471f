// constructs: functions, structs, make, builtins, size-limits
package main

func f() int {
	s := make([]struct{}, 10)
	return len(s)
}

func main() { _ = f() }
