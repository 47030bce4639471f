// constructs: functions, pointers, labels
package main

type T struct{ n int }

var sink *T

func a() *T {
	return &T{1}
	sink = &T{2}
	return nil
}

func b(x int) {
	if x > 0 {
		panic("boom")
		sink = &T{3}
	}
	(panic)("again")
	sink = &T{4}
}

func c(x int) *T {
	if true {
		return &T{5}
	}
	sink = &T{6}
	goto L
	sink = &T{7}
L:
	sink = &T{8}
	return nil
}

func main() {
	println(a().n, c(1).n)
	b(1)
}
