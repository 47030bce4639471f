// constructs: range-func, closures, pointers, functions, loops
package main

func seq(yield func(int) bool) {
	_ = yield(10) && yield(20)
}

func main() {
	var last *int
	for v := range seq {
		last = &v
	}
	var ps []*int
	for w := range seq {
		ps = append(ps, &w)
	}
	println(*last, len(ps))
}
