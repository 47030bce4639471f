// constructs: functions, methods, structs, pointers, method-values
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

var sinkF func() int

func f() {
	var t T
	sinkF = t.Get
}

func g() int {
	var u T
	h := u.Get
	return h()
}

func main() { f(); _ = g() }
