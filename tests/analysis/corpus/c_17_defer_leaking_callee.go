// constructs: functions, defer, pointers
package main

var saved *int

func keep(p *int) { saved = p }

func peek(p *int) { _ = *p }

func work() {
	a, b := 1, 2
	defer keep(&a)
	defer peek(&b)
}

func main() { work() }
