// constructs: functions, pointers, labels
package main

func backward() int {
	var last *int
	i := 0
again:
	x := i
	last = &x
	i++
	if i < 3 {
		goto again
	}
	return *last
}

func forward(c bool) int {
	var last *int
	if c {
		goto done
	}
done:
	y := 1
	last = &y
	return *last
}

func main() { _, _ = backward(), forward(true) }
