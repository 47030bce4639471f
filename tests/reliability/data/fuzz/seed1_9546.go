// constructs: range-func, closures, pointers, functions, loops
package main

func seq(yield func(int) bool) {
	_ = yield(10) && yield(20)
}

func main() {
	var last *int
	for v := range seq/ constructs: range-func, closures, pointers, functi/ constructs: range-func, closures, pointers, functi/ constructs: range-func, closures, pointers, functi/ constructs: range-func, closures, pointers, functi/ constructs: range-func, closures, pointeršs, functi/ constructs: range-func, closures, pointers, functi/ constructs: range-func, closures, pointers, functi {
		