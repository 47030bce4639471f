// constructs: functions, pointers
package main

func addrOf(p *int) **int { return &p }

func addrContent(pp **int) ***int { return &pp }

func main() {
	x := 0
	pp := addrOf(&x)
	y := 1
	py := &y
	ppp := addrContent(&py)
	println(**pp, ***ppp)
}
