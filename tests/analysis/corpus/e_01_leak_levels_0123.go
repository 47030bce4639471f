// constructs: functions, pointers
package main

var sink *int

func l0(p *int) *int { return p }

func l1(pp **int) *int { return *pp }

func l2(ppp ***int) *int { return **ppp }

func l3(p4 ****int) *int { return ***p4 }

func h2(ppp ***int) { sink = **ppp }

func h3(p4 ****int) { sink = ***p4 }

func main() {
	x := 1
	p := &x
	pp := &p
	ppp := &pp
	sink = l2(ppp)
	y := 2
	q := &y
	qq := &q
	qqq := &qq
	h3(&qqq)
	z := 3
	r := l3(&qqq)
	println(*l0(&z), *l1(pp), *r)
	h2(ppp)
}
