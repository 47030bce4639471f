// constructs: structs, methods, method-values, slice-literals, stdlib
package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Greet() string { return "hi " + g.name }

func (g *Greeter) Rename(n string) { g.name = n }

func main() {
	g := Greeter{"ann"}
	f := g.Greet
	r := g.Rename
	r("bo")
	fmt.Println(f(), g.Greet())
	callers := []func() string{g.Greet}
	fmt.Println(len(callers))
}
