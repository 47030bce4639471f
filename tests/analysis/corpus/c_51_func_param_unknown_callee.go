// constructs: functions, pointers, builtins
package main

func each(f func(*int), p *int) { f(p) }

func inc(p *int) { *p++ }

func main() {
	x := 0
	each(inc, &x)
	println(x)
}
