// constructs: range-func, closures, functions, loops, append
package main

func seq(yield func(int) bool) {
	for i := range 3 {
		if !yield(i) {
			return
		}
	}
}

func main() {
	var fs []func() int
	for x := range seq {
		fs = append(fs, func() int { return x * 2 })
	}
	println(len(fs), fs[0]())
}
