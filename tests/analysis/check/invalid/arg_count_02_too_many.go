// kind: arg-count
package main

import "fmt"

type greeter struct{ prefix string }

func (g *greeter) greet(name string) string {
	return g.prefix + name
}

func main() {
	g := &greeter{prefix: "hi "}
	fmt.Println(g.greet("ann", "bob"))
}
