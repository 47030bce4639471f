// constructs: functions, pointers
package main

var sink *int

func leak(p *int) { sink = p }

func look(p *int) { _ = *p }

func calm(p *int) { *p = 0 }

func run(flag bool) {
	var f func(*int)
	if flag {
		f = leak
	} else {
		f = look
	}
	a := 1
	f(&a)
	g := calm
	if flag {
		g = look
	}
	b := 2
	g(&b)
}

func main() { run(true) }
