// accepts: a closure bound by a type switch and reassigned is an unknown callee
package main

var sink *int

func viaSwitch() {
	foo := any(func(a *int) { sink = a })
	switch foo := foo.(type) {
	case func(a *int):
		foo = func(a *int) {}
		foo(new(int))
	}
}

func viaNil() {
	var f func(p *int)
	f = nil
	f = func(p *int) {}
	f(new(int))
}

func main() {
	viaSwitch()
	viaNil()
}
