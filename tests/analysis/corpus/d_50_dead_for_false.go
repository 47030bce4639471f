// constructs: functions, pointers, loops
package main

type T struct{ n int }

var sink *T

func f(p *T) {
	for false {
		sink = &T{1}
	}
	for !true {
		sink = &T{2}
	}
	if q := (&T{3}); false {
		sink = q
	}
	for i := 0; 1 > 2; i++ {
		sink = &T{i}
	}
	if p != nil && (false || false) {
		sink = &T{4}
	}
	if !(p == nil || true) {
		sink = &T{5}
	}
	if x := p; x == nil && !false && false {
		sink = &T{6}
	}
	if true || p == nil {
		return
	}
	sink = &T{7}
}

func main() {
	f(nil)
}
