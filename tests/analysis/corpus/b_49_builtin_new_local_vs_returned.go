// constructs: functions, pointers, builtins
package main

func fresh() *int {
	return new(int)
}

func scratch() int {
	p := new(int)
	*p = 3
	return *p
}

func main() { _, _ = fresh(), scratch() }
