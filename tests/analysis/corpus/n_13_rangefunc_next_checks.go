// constructs: inlining, range-func, loops, labels
package main

func nums(yield func(int) bool) {
	for i := 0; i < 10; i++ {
		if !yield(i) {
			return
		}
	}
}

func a() int {
	n := 0
	for x := range nums {
		n += x
	}
	return n
}

func b() int {
	n := 0
	for x := range nums {
		for y := range nums {
			n += x + y
		}
	}
	return n
}

func c() int {
	n := 0
outer:
	for j := 0; j < 2; j++ {
		for x := range nums {
			if x > 3 {
				break outer
			}
			n += x
		}
	}
	return n
}

func d() int {
	n := 0
outer:
	for j := 0; j < 2; j++ {
		for x := range nums {
			if x > 3 {
				continue outer
			}
			if x > 5 {
				break outer
			}
			n += x
		}
	}
	return n
}

func e() int {
	n := 0
	for x := range nums {
		for y := range nums {
			if y > 2 {
				break
			}
			n += x + y
		}
	}
	return n
}

func main() { println(a(), b(), c(), d(), e()) }
