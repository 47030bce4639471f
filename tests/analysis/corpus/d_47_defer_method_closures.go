// constructs: defer, go, methods, closures, structs, pointers, method-values
package main

type T struct{ n int }

var kept *T

func (t *T) Keep() { kept = t }
func (t *T) Noop() {}
func (t T) Value() {}

func main() {
	a := T{1}
	defer a.Keep()
	b := T{2}
	defer b.Noop()
	c := T{3}
	defer c.Value()
	d := &T{4}
	m := d.Noop
	defer m()
	e := T{5}
	go e.Noop()
	f := T{6}
	defer func(t *T) { t.Noop() }(&f)
	defer func(x, y int) { println(x + y) }(a.n, b.n)
}
