// constructs: functions, structs, pointers, loops, builtins
package main

type T struct{ n int }

func main() {
	var last *T
	for i := 0; i < 3; i++ {
		last = &T{n: i} // &T{...} escapes to heap
	}
	println(last.n)
}
