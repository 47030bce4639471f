// constructs: functions, pointers, loops
package main

type T struct{ n int }

var sink *T

func f(x int) *T {
	for ; ; x++ {
		if x > 0 {
			return &T{1}
		}
	}
	sink = &T{2}
	return nil
}

func g(x int) {
	switch {
	case x > 0:
		return
	default:
		panic("no")
	}
	sink = &T{3}
}

func h(x int) {
	if x > 0 {
		{
			return
		}
		sink = &T{4}
	} else {
		panic("k")
	}
	sink = &T{5}
}

func main() { println(f(1).n); g(1); h(1) }
