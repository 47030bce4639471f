// constructs: functions, pointers, closures, go
package main

var sinkpp **int

func viaAddr(p *int) (r *int) {
	r = p
	sinkpp = &r
	return
}

func viaContent(pp **int) (r *int) {
	r = *pp
	sinkpp = &r
	return
}

func viaGo(p *int) (r *int) {
	go func() { r = nil }()
	r = p
	return
}

func viaLocal(p *int) (r *int) {
	q := &r
	*q = p
	return
}

func main() {
	a, b, c, d := 1, 2, 3, 4
	pb := &b
	println(*viaAddr(&a), *viaContent(&pb), *viaGo(&c), *viaLocal(&d))
}
