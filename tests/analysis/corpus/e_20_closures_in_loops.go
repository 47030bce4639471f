// constructs: closures, loops, append
package main

var fs []func() int

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		v := i
		fs = append(fs, func() int { return v + total })
	}
	for i := 0; i < 3; i++ {
		func() { total += i }()
	}
	var last func() int
	for i := 0; i < 3; i++ {
		w := i * 2
		last = func() int { return w }
	}
	outer := 7
	for i := 0; i < 2; i++ {
		f := func() int { return outer + i }
		println(f())
	}
	println(total, last())
}
