// constructs: functions, methods, structs, defer, pointers, builtins
package main

type guard struct{ held bool }

func (g *guard) release() { g.held = false }

var last *guard

func (g *guard) keep() { last = g }

func critical() bool {
	var a guard
	a.held = true
	defer a.release()
	var b guard
	defer b.keep()
	return a.held
}

func main() { println(critical()) }
