// constructs: functions, pointers, loops
package main

type T struct{ n int }

var sink *T

const debug = false

func f(p *T) {
	if debug {
		sink = &T{1}
	}
	if !debug {
		sink = &T{2}
	} else {
		sink = &T{3}
	}
	if p != nil && false {
		sink = &T{4}
	}
	if false && p != nil {
		sink = &T{5}
	}
	if 1 > 2 {
		sink = &T{6}
	}
	if p == nil || true {
		println(&T{7})
	} else {
		sink = &T{8}
	}
	for i := 0; false; i++ {
		sink = &T{i}
	}
}

func main() {
	f(nil)
}
