// constructs: interfaces, maps, channels, select, functions, loops
package main

type A interface{ A() }
type Impl struct{}

func (*Impl) A() {}

func f() (int, error) { return 1, nil }

var sink any

func g(m map[int]*Impl, c chan *Impl, a any) {
	var v any = &Impl{}
	_, v = m[0]
	_ = v
	var w any
	select {
	case _, w = <-c:
	}
	_ = w
	var x any
	_, x = <-c
	_ = x
	var y any
	_, y = a.(int)
	sink = y
	var ok bool
	v, ok = m[1]
	_ = ok
	var p any
	var e error
	p, e = f()
	sink = p
	_ = e
	q, e := f()
	_ = q
	for i := 0; i < 3; i++ {
		var z any
		z, _ = f()
		sink = z
	}
}

func main() { g(nil, nil, nil) }
