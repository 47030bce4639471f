// constructs: functions, structs, pointers
package main

type T struct{ p *int }

func viaPointer() {
	var t T
	x := 1
	pt := &t
	pt.p = &x
}

func direct() int {
	var t T
	y := 1
	t.p = &y
	return *t.p
}

func main() { viaPointer(); _ = direct() }
