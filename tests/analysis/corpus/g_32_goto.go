// constructs: goto, labels, pointers
package main

var sink *int

func forward(n int) int {
	x := 1
	if n > 0 {
		goto done
	}
	x = 2
done:
	p := &x
	return *p
}

func backward(n int) *int {
	var last *int
	i := 0
again:
	v := i
	last = &v
	i++
	if i < n {
		goto again
	}
	return last
}

func main() {
	println(forward(1), *backward(3))
}
