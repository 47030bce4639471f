// constructs: functions, methods, structs, pointers, builtins
package main

type builder struct{ n int }

func (b *builder) inc() *builder {
	b.n++
	return b
}

func chain() *builder {
	var b builder
	return b.inc().inc()
}

func local() int {
	var c builder
	return c.inc().n
}

func main() { println(chain().n, local()) }
