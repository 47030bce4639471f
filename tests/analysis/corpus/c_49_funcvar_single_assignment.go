// constructs: functions, pointers, builtins
package main

var sink *int

func leak(p *int) { sink = p }

func look(p *int) int { return *p }

func main() {
	a, b := 1, 2
	f := leak
	f(&a)
	g := look
	println(g(&b))
}
