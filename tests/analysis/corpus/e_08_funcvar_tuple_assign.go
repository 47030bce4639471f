// constructs: functions, pointers
package main

var sink *int

func drop(p *int) {}

func pick() (func(*int), int) { return drop, 1 }

func main() {
	x := 0
	var f func(*int)
	var n int
	f, n = drop, n+1
	f(&x)
	y := 0
	g, m := pick()
	g(&y)
	z := 0
	h := drop
	ph := &h
	(*ph)(&z)
	println(n, m)
}
