// constructs: closures, loops, pointers, go
package main

var sink func()

func main() {
	count := 0
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
		sink = func() { count += *p }
	}
	for _, v := range []int{1, 2} {
		go func() { println(v) }()
	}
	for i := 0; i < 2; i++ {
		q := &count
		func() { *q++ }()
	}
	println(count)
}
