// constructs: functions, pointers, builtins
package main

func counterAt() (n int, p *int) {
	n = 10
	p = &n
	return
}

func main() {
	n, p := counterAt()
	println(n, *p)
}
