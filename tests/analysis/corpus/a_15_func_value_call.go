// constructs: functions, pointers
package main

func viaFunc(f func(*int)) {
	y := 1
	f(&y)
}

func main() {}
