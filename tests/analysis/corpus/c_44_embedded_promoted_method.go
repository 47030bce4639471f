// constructs: functions, methods, structs, pointers, builtins
package main

type base struct{ id int }

var registry *base

func (b *base) register() { registry = b }

func (b base) ident() int { return b.id }

type derived struct {
	base
	name string
}

type wrapper struct{ *base }

func promoted() int {
	var d derived
	d.register()
	var e derived
	return e.ident()
}

func viaPointer() {
	var b base
	w := wrapper{&b}
	w.register()
}

func main() {
	println(promoted())
	viaPointer()
}
